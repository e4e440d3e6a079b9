using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Brands;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Pages.Brand;

/// <summary>An officer sets the facility's brand: name, story in both languages, seller of record, the official account, whether the facility names itself; and its logo.</summary>
[Authorize(Policy = Policies.FacilityOfficer)]
[RequestSizeLimit(ImageUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImageUploads.MaxRequestBytes)]
internal sealed class IndexModel(IMediator mediator, CraftsErrorTexts errors, IStringLocalizer<CraftsResource> text) : CraftsPageModel(mediator, errors)
{
    public const string LogoForm = "Logo";

    [BindProperty]
    public BrandForm Brand { get; set; } = new();

    public OwnBrand? Own { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Brand = BrandForm.From(Own!.Brand);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var (ok, _) = await SendAsync(nameof(Brand), Brand.ToCommand(Own!.FacilityId));
        return ok ? Succeeded(text["Brand.Saved"]) : Page();
    }

    public async Task<IActionResult> OnPostLogoAsync(IFormFile? image)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Brand = BrandForm.From(Own!.Brand);
        if (image is null or { Length: 0 } || image.Length > ImageUploads.MaxBytes)
        {
            Refuse(LogoForm, Errors.Rule("image.size"), StatusCodes.Status400BadRequest);
            return Page();
        }

        var (ok, _) = await SendAsync(LogoForm, new ChangeBrandLogo(Own.FacilityId, await ImageForms.ReadAsync(image, HttpContext.RequestAborted)));
        return ok ? Succeeded(text["Brand.LogoSaved"]) : Page();
    }

    private async Task<bool> LoadAsync()
    {
        Own = await FindAsync(new GetOwnBrand());
        return Own is not null;
    }
}

/// <summary>What the brand form posts.</summary>
internal sealed class BrandForm
{
    public string? Name { get; set; }

    public string? Story { get; set; }

    public string? StoryEn { get; set; }

    public string? SellerOfRecord { get; set; }

    public string? SellerContact { get; set; }

    public string? BankAccount { get; set; }

    public bool NamesFacilityPublicly { get; set; }

    public static BrandForm From(Brands.Brand? brand) => brand is null ? new() : new()
    {
        Name = brand.Profile.Name,
        Story = brand.Profile.Story,
        StoryEn = brand.Profile.StoryEn,
        SellerOfRecord = brand.Seller.Name,
        SellerContact = brand.Seller.Contact,
        BankAccount = brand.Seller.BankAccount,
        NamesFacilityPublicly = brand.NamesFacilityPublicly,
    };

    public SaveBrand ToCommand(Guid facilityId) =>
        new(Name, Story, StoryEn, SellerOfRecord, SellerContact, BankAccount, NamesFacilityPublicly) { FacilityId = facilityId };
}
