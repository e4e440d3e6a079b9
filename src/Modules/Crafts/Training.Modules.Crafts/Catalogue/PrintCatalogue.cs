using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Training.BuildingBlocks.Documents;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Catalogue;

/// <summary>
/// A brand's printable catalogue for government offices and shops: each published product with its retail price,
/// wholesale steps, minimum order and lead time, and the seller of record with the contact that takes orders.
/// </summary>
internal sealed record PrintCatalogue(string? Brand) : IRequest<byte[]>;

internal sealed class PrintCatalogueValidator : AbstractValidator<PrintCatalogue>
{
    public PrintCatalogueValidator() => RuleFor(x => x.Brand).NotEmpty().MaximumLength(80);
}

internal sealed class PrintCatalogueHandler(IMediator mediator, IOptions<CraftsOptions> options, TimeProvider clock) : IRequestHandler<PrintCatalogue, byte[]>
{
    private static readonly TimeSpan Jakarta = TimeSpan.FromHours(7);

    private static readonly PrintedColumn[] Columns =
    [
        new("Produk", "Product", 34),
        new("Harga eceran", "Retail price", 16),
        new("Harga grosir", "Wholesale", 26),
        new("Pesanan minimal", "Minimum order", 12, Centred: true),
        new("Waktu", "Lead time", 12, Centred: true),
    ];

    public async Task<byte[]> Handle(PrintCatalogue query, CancellationToken cancellationToken)
    {
        var brand = await mediator.Send(new GetPublicBrand(query.Brand!), cancellationToken);
        var seller = brand.Ref;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Jakarta).DateTime);
        var rows = new List<PrintedRow>();
        foreach (var item in brand.Products)
        {
            var product = await mediator.Send(new GetPublicProduct(item.Slug), cancellationToken);
            var pricing = product.Entry.Pricing;
            rows.Add(new PrintedRow(
            [
                $"{product.Entry.Title} ({product.Entry.Slug})",
                PublicWords.Rupiah(pricing.Retail.Amount),
                pricing.Wholesale.Count == 0 ? "–" : string.Join("; ", pricing.Wholesale.Select(t => $"≥ {t.MinQuantity}: {PublicWords.Rupiah(t.UnitPrice.Amount)}")),
                pricing.OrderMultiple > 1 ? $"{pricing.MinimumOrder} (×{pricing.OrderMultiple})" : pricing.MinimumOrder.ToString(System.Globalization.CultureInfo.InvariantCulture),
                product.Entry.InStock ? "Siap / ready" : product.Entry.Making.LeadTimeDays is { } days ? $"{days} hari / days" : "–",
            ]));
        }

        string[] facts =
        [
            $"Penjual resmi / Seller of record: {seller.SellerName}",
            $"Kontak pemesanan / Orders: {seller.SellerContact}",
            $"Katalog daring / Online: {new Uri(options.Value.BaseUri, "merek/" + seller.Slug).AbsoluteUri}",
            .. seller.FacilityName is { } facility ? [$"Dibuat di / Made at: {facility}"] : Array.Empty<string>(),
        ];
        var list = new PrintedList($"Katalog {seller.Name}", $"{seller.Name} catalogue", facts, $"Dicetak {IndonesianDates.Long(today)} dari Bekal", [new PrintedTable(null, Columns, rows)]);
        return ListPdf.Render(list);
    }
}

internal static class PrintCatalogueEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/crafts/catalog.pdf", async (string? brand, IMediator mediator, CancellationToken ct) =>
                Results.File(await mediator.Send(new PrintCatalogue(brand), ct), "application/pdf", $"katalog-{brand}.pdf"))
            .AllowAnonymous()
            .WithName(nameof(PrintCatalogue))
            .WithTags("Crafts");
}
