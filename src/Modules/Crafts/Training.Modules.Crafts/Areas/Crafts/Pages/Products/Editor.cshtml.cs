using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Batches;
using Training.Modules.Crafts.Products;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Pages.Products;

/// <summary>
/// Drafts a new product or revises one of the facility's: every field, wholesale steps and unit codes, photos;
/// officers also publish and retire. Refused fields are marked one by one, and what was typed stays.
/// </summary>
[Authorize(Policy = CraftsPolicies.ProductStaff)]
[RequestSizeLimit(ImageUploads.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImageUploads.MaxRequestBytes)]
internal sealed class EditorModel(IMediator mediator, CraftsErrorTexts errors, IStringLocalizer<CraftsResource> text) : CraftsPageModel(mediator, errors)
{
    public const string PhotoForm = "Photo";

    [BindProperty]
    public ProductForm Product { get; set; } = new();

    public Product? Saved { get; private set; }

    public IReadOnlyList<BatchRow> Batches { get; private set; } = [];

    public bool IsOfficer => User.HasClaim(BekalClaims.Role, Roles.FacilityOfficer);

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        if (id is { } productId)
        {
            if (!await LoadAsync(productId))
            {
                return NotFound();
            }

            Product = ProductForm.From(Saved!);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid? id)
    {
        if (id is { } productId)
        {
            var (revised, _) = await SendAsync(nameof(Product), Product.ToRevision(productId));
            return await AfterAsync(revised, productId, text["Editor.Saved"], keepTyped: true);
        }

        var (drafted, newId) = await SendAsync(nameof(Product), Product.ToDraft());
        if (!drafted)
        {
            return Page();
        }

        Done = text["Editor.Saved"];
        return Redirect($"/crafts/products/{newId}");
    }

    public async Task<IActionResult> OnPostPhotoAsync(Guid id, IFormFile? image)
    {
        if (image is null or { Length: 0 } || image.Length > ImageUploads.MaxBytes)
        {
            Refuse(PhotoForm, Errors.Rule("image.size"), StatusCodes.Status400BadRequest);
            return await AfterAsync(false, id, "", keepTyped: false);
        }

        var (ok, _) = await SendAsync(PhotoForm, new AddProductPhoto(id, await ImageForms.ReadAsync(image, HttpContext.RequestAborted)));
        return await AfterAsync(ok, id, text["Editor.PhotoAdded"], keepTyped: false);
    }

    public async Task<IActionResult> OnPostRemovePhotoAsync(Guid id, Guid photoId)
    {
        var (ok, _) = await SendAsync(PhotoForm, new RemoveProductPhoto(id, photoId));
        return await AfterAsync(ok, id, text["Editor.PhotoRemoved"], keepTyped: false);
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id)
    {
        var (ok, _) = await SendAsync("State", new PublishProduct(id));
        return await AfterAsync(ok, id, text["Editor.Published"], keepTyped: false);
    }

    public async Task<IActionResult> OnPostRetireAsync(Guid id)
    {
        var (ok, _) = await SendAsync("State", new RetireProduct(id));
        return await AfterAsync(ok, id, text["Editor.Retired"], keepTyped: false);
    }

    private async Task<IActionResult> AfterAsync(bool ok, Guid id, string done, bool keepTyped)
    {
        if (ok)
        {
            Done = done;
            return Redirect($"/crafts/products/{id}");
        }

        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        // A refused save keeps what was typed; a refused photo, publish or retire shows the saved product.
        if (!keepTyped)
        {
            Product = ProductForm.From(Saved!);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        Saved = await FindAsync(new GetProduct(id));
        Batches = Saved is null ? [] : await FindAsync(new ListBatches(id)) ?? [];
        return Saved is not null;
    }
}
