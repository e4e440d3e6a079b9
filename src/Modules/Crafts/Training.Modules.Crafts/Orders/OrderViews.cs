using Training.BuildingBlocks.Contracts;
using Training.Modules.Crafts.Brands;

namespace Training.Modules.Crafts.Orders;

/// <summary>A line as the buyer and the officer see it: the list price when ordered, and the quoted price once there is one.</summary>
internal sealed record OrderLineView(Guid ProductId, string Title, int Quantity, bool MadeToOrder, Rupiah ListUnitPriceRupiah, Rupiah? UnitPriceRupiah, Rupiah? AmountRupiah);

internal sealed record QuoteView(Rupiah GoodsRupiah, Rupiah ShippingRupiah, Rupiah TotalRupiah, DateOnly ReadyBy);

/// <summary>Who sells and where the buyer transfers to: the brand's seller of record.</summary>
internal sealed record SellerView(string Name, string Contact, string BankAccount);

internal sealed record PaymentView(Rupiah AmountRupiah, string Method, string Reference, DateOnly ReceivedOn);

internal sealed record FulfilmentView(string Method, string? Courier, string? TrackingNumber);

/// <summary>Reading an order's steps into the shapes both the buyer's and the officer's views share.</summary>
internal static class OrderViews
{
    public static IReadOnlyList<OrderLineView> Lines(Order order) =>
    [
        .. order.Lines.Select(l =>
        {
            var price = order.Progress.Quote?.PriceOf(l.ProductId);
            return new OrderLineView(l.ProductId, l.Title, l.Quantity, l.MadeToOrder, l.ListUnitPrice, price, price * l.Quantity);
        }),
    ];

    public static QuoteView? Quote(Order order) =>
        order.Progress.Quote is { } q ? new QuoteView(q.Goods, q.Shipping, q.Total, q.ReadyBy) : null;

    public static SellerView? Seller(Brand? brand) =>
        brand is null ? null : new SellerView(brand.Seller.Name, brand.Seller.Contact, brand.Seller.BankAccount);

    public static PaymentView? Payment(Order order) =>
        order.Progress.Payment is { } p ? new PaymentView(p.Amount, p.Method.ToString(), p.Reference, p.ReceivedOn) : null;

    public static FulfilmentView? Fulfilment(Order order) =>
        order.Progress.Fulfilment is { } f ? new FulfilmentView(f.Method.ToString(), f.Courier, f.TrackingNumber) : null;
}
