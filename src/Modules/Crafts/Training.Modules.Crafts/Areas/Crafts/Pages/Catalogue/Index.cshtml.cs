using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Training.BuildingBlocks.Web;
using Training.Modules.Crafts.Catalogue;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Pages.Catalogue;

/// <summary>
/// The public catalogue: a grid of photos with filters by words, craft, price and ready stock, sorted and paged.
/// A plain GET form and plain links, so it works without script and every search has its own address.
/// </summary>
[AllowAnonymous]
internal sealed class IndexModel(IMediator mediator, IOptions<CraftsOptions> options, IStringLocalizer<CraftsResource> text) : ReadPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Craft { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? MinPrice { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? MaxPrice { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool InStock { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    // "page" is also Razor Pages' own route value (the page's path): only the query string's is the page number.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public CataloguePage? Found { get; private set; }

    public OpenGraph Share { get; private set; } = null!;

    public int Pages => Found is null ? 0 : (int)Math.Ceiling(Found.Total / (double)SearchCatalogue.DefaultPageSize);

    public async Task<IActionResult> OnGetAsync()
    {
        Share = OpenGraph.For(options.Value, text["Catalogue.Title"], text["Catalogue.Lead"], "/katalog", null);
        Found = ModelState.IsValid ? await FindAsync(new SearchCatalogue(Q, Craft, MinPrice, MaxPrice, InStock, Sort, PageNumber)) : null;
        if (Found is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    /// <summary>The address of another page of the same search.</summary>
    public string PageUrl(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["q"] = Q, ["craft"] = Craft, ["minPrice"] = MinPrice?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["maxPrice"] = MaxPrice?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["inStock"] = InStock ? "true" : null, ["sort"] = Sort, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).Value is { } query ? "/katalog" + query : "/katalog";
}
