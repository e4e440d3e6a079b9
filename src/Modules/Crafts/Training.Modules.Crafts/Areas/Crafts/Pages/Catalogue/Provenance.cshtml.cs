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
/// Where a hang-tag's QR code leads: the product, the month it was made, the competency units practised and the
/// programme, credited to the artisans of the brand together. An unknown code says so plainly and answers 404.
/// </summary>
[AllowAnonymous]
internal sealed class ProvenanceModel(IMediator mediator, IOptions<CraftsOptions> options, IStringLocalizer<CraftsResource> text) : ReadPageModel(mediator)
{
    public Provenance? Found { get; private set; }

    public OpenGraph? Share { get; private set; }

    public string Code { get; private set; } = "";

    public string Title => Found is { } found ? PublicWords.InReadersLanguage(found.Product.Title, found.Product.Description.TitleEn) : "";

    public async Task<IActionResult> OnGetAsync(string code)
    {
        Code = code.Length > 20 ? code[..20] : code;
        Found = await FindAsync(new GetProvenance(code));
        if (Found is not { } found)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var photo = found.Product.PhotoIds.Count > 0 && found.Listed ? PublicPhotos.Url(found.Product.PhotoIds[0]) : null;
        Share = OpenGraph.For(
            options.Value, text["Provenance.Title", Title], text["Provenance.Credit", found.Brand.Name], $"/asal/{Uri.EscapeDataString(found.Code)}", photo, "product");
        return Page();
    }
}
