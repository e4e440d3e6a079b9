using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Sales;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Pages.Sales;

/// <summary>
/// The bazaar till on a tablet: the officer picks where she sells, sets how many of each product were bought,
/// chooses how the buyer paid and records the sale; the page then says the total, like a receipt.
/// </summary>
[Authorize(Policy = Policies.FacilityOfficer)]
internal sealed class SaleModel(IMediator mediator, CraftsErrorTexts errors, IStringLocalizer<CraftsResource> text) : CraftsPageModel(mediator, errors)
{
    public const string Form = "Sale";

    public SaleGoods Goods { get; private set; } = new("", [], []);

    [BindProperty(SupportsGet = true)]
    public string? Location { get; set; }

    [BindProperty]
    public SaleInput Input { get; set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var prices = Goods.Products.ToDictionary(p => p.ProductId, p => p.Price);
        var lines = Input.Quantities.Where(q => q.Value > 0 && prices.ContainsKey(q.Key))
            .Select(q => new SaleLineInput(q.Key, q.Value, prices[q.Key])).ToList();
        var (ok, _) = await SendAsync(Form, new RecordSale(Goods.Location, Input.Method, Input.Reference, lines));
        if (ok)
        {
            var total = lines.Aggregate(BuildingBlocks.Contracts.Rupiah.Zero, (sum, l) => sum + l.UnitPriceRupiah!.Value * l.Quantity);
            return Succeeded(text["Sale.Recorded", lines.Sum(l => l.Quantity), total.ToString()], new { location = Goods.Location });
        }

        return Page();
    }

    private async Task LoadAsync() => Goods = await Mediator.Send(new ListSaleGoods(Location), HttpContext.RequestAborted);

    internal sealed class SaleInput
    {
        public Dictionary<Guid, int> Quantities { get; set; } = [];

        public PaymentMethod? Method { get; set; }

        public string? Reference { get; set; }
    }
}
