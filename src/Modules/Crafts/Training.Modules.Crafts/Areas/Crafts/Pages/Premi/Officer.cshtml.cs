using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Premi;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Pages.Premi;

/// <summary>The facility's premi: each maker's balance, recording a payout, confirming another officer's or cancelling a waiting one, and PNBP reconciliation.</summary>
[Authorize(Policy = Policies.FacilityOfficer)]
internal sealed class OfficerModel(IMediator mediator, CraftsErrorTexts errors, IStringLocalizer<CraftsResource> text) : CraftsPageModel(mediator, errors)
{
    public const string PayoutForm = "Payout";
    public const string ConfirmForm = "Confirm";
    public const string CancelForm = "Cancel";
    public const string DepositForm = "Deposit";

    public FacilityPremi Premi { get; private set; } = null!;

    public static IReadOnlyList<string> Methods => Enum.GetNames<PayoutMethod>();

    [BindProperty]
    public PayoutInput Payout { get; set; } = new();

    [BindProperty]
    public string? CancelReason { get; set; }

    [BindProperty]
    public DepositInput Deposit { get; set; } = new();

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostPayoutAsync()
    {
        var (ok, _) = await SendAsync(PayoutForm, new RecordPayout(Payout.LearnerId, Rupiahs(Payout.Amount), Payout.Method, Payout.Reference));
        return await AfterPostAsync(ok, text["Premi.Officer.Payout.Recorded"], LoadAsync);
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid payoutId)
    {
        var (ok, _) = await SendAsync(ConfirmForm, new ConfirmPayout(payoutId));
        return await AfterPostAsync(ok, text["Premi.Officer.Payout.Confirmed"], LoadAsync);
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid payoutId)
    {
        var (ok, _) = await SendAsync(CancelForm, new CancelPayout(CancelReason) { PayoutId = payoutId });
        return await AfterPostAsync(ok, text["Premi.Officer.Payout.Cancelled"], LoadAsync);
    }

    public async Task<IActionResult> OnPostDepositAsync()
    {
        var (ok, _) = await SendAsync(DepositForm, new RecordPnbpDeposit(Rupiahs(Deposit.Amount), Deposit.Reference, Deposit.DepositedOn));
        return await AfterPostAsync(ok, text["Premi.Officer.Deposit.Recorded"], LoadAsync);
    }

    private static Rupiah? Rupiahs(long? amount) => amount is { } a ? new Rupiah(a) : null;

    private async Task LoadAsync() => Premi = await Mediator.Send(new GetFacilityPremi(), HttpContext.RequestAborted);

    internal sealed class PayoutInput
    {
        public Guid LearnerId { get; set; }

        public long? Amount { get; set; }

        public string? Method { get; set; }

        public string? Reference { get; set; }
    }

    internal sealed class DepositInput
    {
        public long? Amount { get; set; }

        public string? Reference { get; set; }

        public DateOnly? DepositedOn { get; set; }
    }
}
