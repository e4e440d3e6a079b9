using Marten;
using MediatR;
using Training.BuildingBlocks.Contracts;
using Training.Modules.Crafts.Brands;
using Training.Modules.Crafts.Products;

namespace Training.Modules.Crafts.Orders;

/// <summary>
/// What the public order form offers when opened from a product (by its slug): that product first, then the
/// seller's other published products, since one order holds one seller's goods. Null when the slug names no
/// published product.
/// </summary>
internal sealed record GetOrderForm(string Product) : IRequest<OrderForm?>;

internal sealed record OrderForm(string BrandName, IReadOnlyList<OrderableProduct> Products);

/// <summary>A product as the order form shows it: the price steps and how it must be ordered.</summary>
internal sealed record OrderableProduct(
    Guid Id, string Slug, string Title, Rupiah RetailPrice, IReadOnlyList<WholesaleTier> Wholesale, int MinimumOrder, int OrderMultiple, bool MadeToOrder, int? LeadTimeDays);

internal sealed class GetOrderFormHandler(IQuerySession session) : IRequestHandler<GetOrderForm, OrderForm?>
{
    private const int MostOffered = PlaceOrderValidator.MostLines;

    public async Task<OrderForm?> Handle(GetOrderForm query, CancellationToken cancellationToken)
    {
        var chosen = Guid.TryParse(query.Product, out var id)
            ? await session.LoadAsync<Product>(id, cancellationToken)
            : await session.Query<Product>().FirstOrDefaultAsync(p => p.Slug == query.Product, cancellationToken);
        if (chosen is not { IsPublished: true } || await session.LoadAsync<Brand>(Brand.IdFor(chosen.FacilityId), cancellationToken) is not { } brand)
        {
            return null;
        }

        var others = await session.Query<Product>()
            .Where(p => p.FacilityId == chosen.FacilityId && p.Status == ProductStatus.Published && p.Id != chosen.Id)
            .OrderBy(p => p.Slug)
            .Take(MostOffered - 1)
            .ToListAsync(cancellationToken);
        return new OrderForm(brand.Profile.Name, [.. new[] { chosen }.Concat(others).Select(Offer)]);
    }

    private static OrderableProduct Offer(Product p) => new(
        p.Id, p.Slug, p.Description.Title, p.Pricing.Retail, p.Pricing.Wholesale, p.Pricing.MinimumOrder, p.Pricing.OrderMultiple, p.Making.MadeToOrder, p.Making.LeadTimeDays);
}
