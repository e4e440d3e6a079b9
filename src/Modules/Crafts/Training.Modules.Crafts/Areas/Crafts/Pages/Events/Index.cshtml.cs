using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Products;
using Training.Modules.Crafts.Shows;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Pages.Events;

/// <summary>An officer announces a bazaar or exhibition with the products brought, and sees and cancels the facility's events to come.</summary>
[Authorize(Policy = Policies.FacilityOfficer)]
internal sealed class IndexModel(IMediator mediator, CraftsErrorTexts errors, IStringLocalizer<CraftsResource> text) : CraftsPageModel(mediator, errors)
{
    public const string AnnounceForm = "Event";
    public const string CancelForm = "CancelEvent";

    public IReadOnlyList<CraftShow> Shows { get; private set; } = [];

    public IReadOnlyList<StaffProductRow> Products { get; private set; } = [];

    [BindProperty]
    public AnnounceInput Input { get; set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAnnounceAsync()
    {
        var (ok, _) = await SendAsync(AnnounceForm, new AnnounceShow(
            Input.Title, Input.Place, Input.Regency, Input.StartsOn, Input.EndsOn, Input.Description, Input.ProductIds));
        return await AfterPostAsync(ok, text["Events.Announced"], LoadAsync);
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id)
    {
        var (ok, _) = await SendAsync(CancelForm, new CancelShow { ShowId = id });
        return await AfterPostAsync(ok, text["Events.Cancelled"], LoadAsync);
    }

    private async Task LoadAsync()
    {
        Shows = await Mediator.Send(new ListOwnShows(), HttpContext.RequestAborted);
        Products = [.. (await Mediator.Send(new ListProducts(), HttpContext.RequestAborted)).Where(p => p.Status == ProductStatus.Published)];
    }

    internal sealed class AnnounceInput
    {
        public string? Title { get; set; }

        public string? Place { get; set; }

        public string? Regency { get; set; }

        public DateOnly? StartsOn { get; set; }

        public DateOnly? EndsOn { get; set; }

        public string? Description { get; set; }

        public List<Guid> ProductIds { get; set; } = [];
    }
}
