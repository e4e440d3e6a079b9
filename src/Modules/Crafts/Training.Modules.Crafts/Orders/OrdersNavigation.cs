using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Crafts.Orders;

/// <summary>Officers keep their facility's orders from buyers.</summary>
internal sealed class OrdersNavigation(IStringLocalizer<CraftsResource> text) : INavigationContributor
{
    public IEnumerable<NavigationLink> Links() => [new("/crafts/orders", text["Nav.Orders"], Policies.FacilityOfficer)];
}
