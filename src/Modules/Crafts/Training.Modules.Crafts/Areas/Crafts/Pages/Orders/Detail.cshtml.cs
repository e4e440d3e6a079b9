using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Orders;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Pages.Orders;

/// <summary>
/// One order of the facility for its officer: the buyer and the lines, and the form for the step it waits on
/// (quote, payment, hand-over) with cancelling beside it until payment. Each refusal shows beside its form.
/// </summary>
[Authorize(Policy = Policies.FacilityOfficer)]
internal sealed class DetailModel(IMediator mediator, CraftsErrorTexts errors, IStringLocalizer<CraftsResource> text) : CraftsPageModel(mediator, errors)
{
    public const string QuoteForm = "Quote";
    public const string PaymentForm = "Payment";
    public const string FulfilForm = "Fulfil";
    public const string CancelForm = "Cancel";

    public OrderView? Order { get; private set; }

    [BindProperty]
    public QuoteInput Quote { get; set; } = new();

    [BindProperty]
    public PaymentInput Payment { get; set; } = new();

    [BindProperty]
    public FulfilInput Fulfil { get; set; } = new();

    [BindProperty]
    public CancelInput Cancel { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostQuoteAsync(Guid id)
    {
        var lines = Quote.Prices.Select(p => new QuoteLineInput(p.Key, p.Value is { } price ? new Rupiah(price) : null)).ToList();
        var (ok, _) = await SendAsync(QuoteForm, new QuoteOrder(lines, new Rupiah(Quote.Shipping ?? 0), Quote.ReadyBy) { OrderId = id });
        return await AfterPostAsync(ok, text["Orders.Detail.Quoted"], () => LoadAsync(id, keepInput: true));
    }

    public async Task<IActionResult> OnPostPaymentAsync(Guid id)
    {
        var (ok, _) = await SendAsync(PaymentForm, new RecordPayment(
            Payment.Amount is { } amount ? new Rupiah(amount) : null, Payment.Method, Payment.Reference, Payment.ReceivedOn) { OrderId = id });
        return await AfterPostAsync(ok, text["Orders.Detail.Paid"], () => LoadAsync(id, keepInput: true));
    }

    public async Task<IActionResult> OnPostFulfilAsync(Guid id)
    {
        var (ok, _) = await SendAsync(FulfilForm, new FulfilOrder(Fulfil.Method, Fulfil.Courier, Fulfil.TrackingNumber) { OrderId = id });
        return await AfterPostAsync(ok, text["Orders.Detail.Fulfilled"], () => LoadAsync(id, keepInput: true));
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id)
    {
        var (ok, _) = await SendAsync(CancelForm, new CancelOrder(Cancel.Reason) { OrderId = id });
        return await AfterPostAsync(ok, text["Orders.Detail.Cancelled"], () => LoadAsync(id, keepInput: true));
    }

    private async Task LoadAsync(Guid id, bool keepInput = false)
    {
        var status = Response.StatusCode;
        Order = await FindAsync(new GetOrder(id));
        if (Order is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        Response.StatusCode = status;
        if (keepInput)
        {
            return;
        }

        foreach (var line in Order.Lines)
        {
            Quote.Prices[line.Line.ProductId] = (line.Line.UnitPriceRupiah ?? line.TierUnitPriceRupiah).Amount;
        }

        Quote.Shipping = Order.Quote?.ShippingRupiah.Amount ?? 0;
        Quote.ReadyBy = Order.Quote?.ReadyBy;
        Payment.Amount = Order.Quote?.TotalRupiah.Amount;
        Payment.Method = nameof(PaymentMethod.Transfer);
        Fulfil.Method = nameof(FulfilmentMethod.PickedUp);
    }

    internal sealed class QuoteInput
    {
        public Dictionary<Guid, long?> Prices { get; set; } = [];

        public long? Shipping { get; set; }

        public DateOnly? ReadyBy { get; set; }
    }

    internal sealed class PaymentInput
    {
        public long? Amount { get; set; }

        public string? Method { get; set; }

        public string? Reference { get; set; }

        public DateOnly? ReceivedOn { get; set; }
    }

    internal sealed class FulfilInput
    {
        public string? Method { get; set; }

        public string? Courier { get; set; }

        public string? TrackingNumber { get; set; }
    }

    internal sealed class CancelInput
    {
        public string? Reason { get; set; }
    }
}
