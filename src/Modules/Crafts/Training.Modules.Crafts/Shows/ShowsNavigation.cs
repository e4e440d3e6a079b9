using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Crafts.Shows;

/// <summary>Officers announce their facility's bazaars and exhibitions.</summary>
internal sealed class ShowsNavigation(IStringLocalizer<CraftsResource> text) : INavigationContributor
{
    public IEnumerable<NavigationLink> Links() => [new("/crafts/events", text["Nav.Events"], Policies.FacilityOfficer)];
}
