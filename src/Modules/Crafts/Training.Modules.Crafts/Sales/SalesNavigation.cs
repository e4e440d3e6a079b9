using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Crafts.Sales;

/// <summary>Officers record bazaar sales from the tablet.</summary>
internal sealed class SalesNavigation(IStringLocalizer<CraftsResource> text) : INavigationContributor
{
    public IEnumerable<NavigationLink> Links() => [new("/crafts/sale", text["Nav.Sale"], Policies.FacilityOfficer)];
}
