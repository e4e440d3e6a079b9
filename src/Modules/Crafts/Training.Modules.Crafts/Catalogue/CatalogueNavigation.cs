using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Catalogue;

/// <summary>Everyone finds the catalogue; trainers and officers their products; officers the brand.</summary>
internal sealed class CatalogueNavigation(IStringLocalizer<CraftsResource> text) : INavigationContributor
{
    public IEnumerable<NavigationLink> Links() =>
    [
        new("/katalog", text["Nav.Catalogue"], null),
        new("/crafts/products", text["Nav.Products"], CraftsPolicies.ProductStaff),
        new("/crafts/brand", text["Nav.Brand"], Policies.FacilityOfficer),
    ];
}
