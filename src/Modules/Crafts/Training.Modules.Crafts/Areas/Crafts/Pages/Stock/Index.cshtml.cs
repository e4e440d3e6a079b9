using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Stock;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Pages.Stock;

/// <summary>
/// A product's stock for its facility's staff: units on hand and held per location, and the ledger newest first;
/// officers also move units between locations and write off damaged units or samples, with the reason.
/// </summary>
[Authorize(Policy = CraftsPolicies.ProductStaff)]
internal sealed class IndexModel(IMediator mediator, CraftsErrorTexts errors, IStringLocalizer<CraftsResource> text) : CraftsPageModel(mediator, errors)
{
    public const string MoveForm = "Move";
    public const string WriteOffForm = "WriteOff";

    public ProductStockView? Stock { get; private set; }

    public bool IsOfficer => User.HasClaim(BekalClaims.Role, Roles.FacilityOfficer);

    [BindProperty]
    public MoveInput Move { get; set; } = new();

    [BindProperty]
    public WriteOffInput WriteOff { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, int? p)
    {
        await LoadAsync(id, p ?? 1);
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id)
    {
        var (ok, _) = await SendAsync(MoveForm, new MoveStock(id, Move.Quantity ?? 0, Move.From, Move.To));
        return await AfterPostAsync(ok, text["Stock.Moved"], () => LoadAsync(id, 1));
    }

    public async Task<IActionResult> OnPostWriteOffAsync(Guid id)
    {
        var (ok, _) = await SendAsync(WriteOffForm, new WriteOffStock(id, WriteOff.Quantity ?? 0, WriteOff.Location, WriteOff.Kind, WriteOff.Reason));
        return await AfterPostAsync(ok, text["Stock.WrittenOff"], () => LoadAsync(id, 1));
    }

    private async Task LoadAsync(Guid id, int page)
    {
        var status = Response.StatusCode;
        Stock = await FindAsync(new GetProductStock(id, page));
        Response.StatusCode = Stock is null ? StatusCodes.Status404NotFound : status;
    }

    internal sealed class MoveInput
    {
        public int? Quantity { get; set; }

        public string? From { get; set; }

        public string? To { get; set; }
    }

    internal sealed class WriteOffInput
    {
        public int? Quantity { get; set; }

        public string? Location { get; set; }

        public string? Kind { get; set; } = nameof(MovementKind.Damaged);

        public string? Reason { get; set; }
    }
}
