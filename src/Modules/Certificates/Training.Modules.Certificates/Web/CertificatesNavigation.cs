using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Certificates.Web;

/// <summary>
/// Anyone may check a certificate; learners see their own, facility staff their learners', admins
/// name the issuers. A learner's page for staff is reached from the facility's list.
/// </summary>
internal sealed class CertificatesNavigation(IStringLocalizer<CertificatesResource> text) : INavigationContributor
{
    public IEnumerable<NavigationLink> Links() =>
    [
        new("/certificates", text["Nav.Mine"], Policies.Learner),
        new("/certificates/facility", text["Nav.Facility"], Policies.FacilityStaff),
        new("/admin/issuers", text["Nav.Issuers"], Policies.PlatformAdmin),
        new("/verify", text["Nav.Verify"], null),
    ];
}
