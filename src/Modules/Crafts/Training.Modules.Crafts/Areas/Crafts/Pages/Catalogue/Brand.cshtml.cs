using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Training.BuildingBlocks.Web;
using Training.Modules.Crafts.Catalogue;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Pages.Catalogue;

/// <summary>A brand's public page: its story, who sells and how to reach them, and its products.</summary>
[AllowAnonymous]
internal sealed class BrandModel(IMediator mediator, IOptions<CraftsOptions> options) : ReadPageModel(mediator)
{
    public PublicBrand Brand { get; private set; } = null!;

    public OpenGraph Share { get; private set; } = null!;

    public string Story => PublicWords.InReadersLanguage(Brand.Story, Brand.StoryEn);

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (await FindAsync(new GetPublicBrand(slug)) is not { } brand)
        {
            return NotFound();
        }

        Brand = brand;
        var image = brand.LogoUrl ?? brand.Products.Select(p => p.PhotoUrl).FirstOrDefault(p => p is not null);
        Share = OpenGraph.For(options.Value, brand.Ref.Name, Story, $"/merek/{brand.Ref.Slug}", image);
        return Page();
    }
}
