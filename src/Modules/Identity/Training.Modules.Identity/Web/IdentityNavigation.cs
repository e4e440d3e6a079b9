using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Identity.Web;

/// <summary>The Identity pages in the shell's navigation, each behind the policy its page requires.</summary>
internal sealed class IdentityNavigation(IStringLocalizer<IdentityResource> text) : INavigationContributor
{
    public IEnumerable<NavigationLink> Links() =>
    [
        new("/learners", text["Nav.Learners"], Policies.FacilityOfficer),
        new("/admin/facilities", text["Nav.Facilities"], Policies.PlatformAdmin),
        new("/admin/staff", text["Nav.Staff"], Policies.PlatformAdmin),
        new("/admin/employers", text["Nav.Employers"], Policies.PlatformAdmin),
        new("/account", text["Nav.Account"], Policies.SignedIn),
    ];
}
