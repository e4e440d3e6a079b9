using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Training.BuildingBlocks.Web;
using Training.Modules.Crafts.Catalogue;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Pages.Catalogue;

/// <summary>A published product's page: photos, price and wholesale steps, how to order it, and the "Pesan" button; a draft or retired product is 404.</summary>
[AllowAnonymous]
internal sealed class ProductModel(IMediator mediator, IOptions<CraftsOptions> options) : ReadPageModel(mediator)
{
    public PublicProduct Product { get; private set; } = null!;

    public OpenGraph Share { get; private set; } = null!;

    public string Title => PublicWords.InReadersLanguage(Product.Entry.Description.Title, Product.Entry.Description.TitleEn);

    public string Description => PublicWords.InReadersLanguage(Product.Entry.Description.Description, Product.Entry.Description.DescriptionEn);

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (await FindAsync(new GetPublicProduct(slug)) is not { } product)
        {
            return NotFound();
        }

        Product = product;
        var photo = product.Entry.PhotoIds.Count > 0 ? PublicPhotos.Url(product.Entry.PhotoIds[0]) : null;
        Share = OpenGraph.For(options.Value, Title, Description, $"/katalog/{product.Entry.Slug}", photo, "product");
        return Page();
    }
}
