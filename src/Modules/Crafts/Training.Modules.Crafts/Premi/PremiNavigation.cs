using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Crafts.Premi;

/// <summary>Learners see what they made and their premi; officers keep the facility's premi and payouts; platform admins set allocation rules.</summary>
internal sealed class PremiNavigation(IStringLocalizer<CraftsResource> text) : INavigationContributor
{
    public IEnumerable<NavigationLink> Links() =>
    [
        new("/premi", text["Nav.MyPremi"], Policies.Learner),
        new("/crafts/premi", text["Nav.FacilityPremi"], Policies.FacilityOfficer),
        new("/crafts/allocation-rules", text["Nav.AllocationRules"], Policies.PlatformAdmin),
    ];
}
