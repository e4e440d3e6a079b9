using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Training.Modules.Crafts.Orders;
using Training.Modules.Crafts.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.Pages.Orders;

/// <summary>
/// The public order form, opened from a product's page (<c>?produk=</c> its slug or id): how many of it (and of the seller's other products),
/// who orders and how to reach them, and where it goes. Sending it opens the order's private tracking page.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(OrderRateLimit.Policy)]
internal sealed class RequestModel(IMediator mediator, CraftsErrorTexts errors) : CraftsPageModel(mediator, errors)
{
    public const string Form = "Order";

    public OrderForm? Offer { get; private set; }

    [BindProperty(SupportsGet = true, Name = "produk")]
    public string? Product { get; set; }

    [BindProperty]
    public OrderInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        if (Offer is not null)
        {
            Input.Quantities[Offer.Products[0].Id] = Offer.Products[0].MinimumOrder;
        }

        // A verified employer orders as its organisation: its contact starts the form.
        if (User.Identity?.IsAuthenticated == true && await Mediator.Send(new GetMyEmployer(), HttpContext.RequestAborted) is { Status: EmployerVerification.Verified } employer)
        {
            (Input.Name, Input.Phone, Input.Email, Input.Organisation) = (employer.ContactName, employer.Phone, employer.Email, employer.OrganizationName);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Offer is null)
        {
            return Page();
        }

        var lines = Input.Quantities.Where(q => q.Value is > 0 && Offer.Products.Any(p => p.Id == q.Key)).Select(q => new OrderLineInput(q.Key, q.Value)).ToList();
        var (ok, placed) = await SendAsync(Form, new PlaceOrder(
            lines, new BuyerInput(Input.Name, Input.Phone, Input.Email, Input.Organisation), Input.Province, Input.Regency, Input.Note));
        return ok ? Redirect($"/pesanan/{placed.TrackingToken}") : Page();
    }

    private async Task LoadAsync()
    {
        Offer = Product is { Length: > 0 and <= 100 } ? await Mediator.Send(new GetOrderForm(Product), HttpContext.RequestAborted) : null;
        if (Offer is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    internal sealed class OrderInput
    {
        public Dictionary<Guid, int?> Quantities { get; set; } = [];

        public string? Name { get; set; }

        public string? Phone { get; set; }

        public string? Email { get; set; }

        public string? Organisation { get; set; }

        public string? Province { get; set; }

        public string? Regency { get; set; }

        public string? Note { get; set; }
    }
}
