using Marten;
using MediatR;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Products;
using Training.Modules.Crafts.Stock;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Sales;

/// <summary>What the officer can sell at a location (the gallery unless named): her facility's published products with their price and the units free there, and every location that has stock.</summary>
internal sealed record ListSaleGoods(string? Location) : IRequest<SaleGoods>;

internal sealed record SaleGoods(string Location, IReadOnlyList<string> Locations, IReadOnlyList<SaleGood> Products);

internal sealed record SaleGood(Guid ProductId, string Title, Rupiah Price, int Available);

internal sealed class ListSaleGoodsHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<ListSaleGoods, SaleGoods>
{
    public async Task<SaleGoods> Handle(ListSaleGoods query, CancellationToken cancellationToken)
    {
        var facilityId = user.OwnFacility();
        var location = StockLocations.Named(query.Location);
        var products = await session.Query<Product>().Where(p => p.FacilityId == facilityId && p.Status == ProductStatus.Published).ToListAsync(cancellationToken);
        var ledgers = (await session.Query<StockLedger>().Where(l => l.FacilityId == facilityId).ToListAsync(cancellationToken)).ToDictionary(l => l.ProductId);
        var locations = ledgers.Values.SelectMany(l => l.OnHand.Keys).Append(StockLedger.Gallery).Append(location)
            .Distinct(StringComparer.Ordinal).OrderBy(l => l == StockLedger.Gallery ? 0 : 1).ThenBy(l => l, StringComparer.CurrentCultureIgnoreCase).ToList();
        var goods = products
            .Select(p => new SaleGood(p.Id, p.Description.Title, p.Pricing.Retail, ledgers.GetValueOrDefault(p.Id)?.AvailableAt(location) ?? 0))
            .OrderByDescending(g => g.Available > 0).ThenBy(g => g.Title, StringComparer.CurrentCultureIgnoreCase).ToList();
        return new SaleGoods(location, locations, goods);
    }
}
