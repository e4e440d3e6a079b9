using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Errors;

namespace Training.Modules.Crafts.Orders;

/// <summary>Where an order stands: requested by the buyer, quoted by the officer, accepted by the buyer, paid, then completed; or cancelled before payment.</summary>
internal enum OrderState
{
    Requested,
    Quoted,
    Accepted,
    Paid,
    Completed,
    Cancelled,
}

internal enum PaymentMethod
{
    Transfer,
    Cash,
    Qris,
}

internal enum FulfilmentMethod
{
    PickedUp,
    Shipped,
}

/// <summary>
/// A buyer's order of one facility's products (one order, one seller of record), made without an account.
/// The buyer follows it by a private tracking link whose token only the buyer holds: the order keeps just
/// the token's hash. The officer quotes, the buyer accepts, the officer records the payment and the hand-over.
/// </summary>
internal sealed record Order(
    Guid Id,
    Guid FacilityId,
    string TokenHash,
    OrderRequest Request,
    OrderState State,
    DateTimeOffset RequestedAt,
    DateTimeOffset StateSince,
    OrderProgress Progress)
{
    public static Order Create(OrderRequested e) =>
        new(e.OrderId, e.FacilityId, e.TokenHash, e.Request, OrderState.Requested, e.At, e.At, new OrderProgress(null, null, null, null));

    public Order Apply(OrderQuoted e) => this with { State = OrderState.Quoted, StateSince = e.At, Progress = Progress with { Quote = e.Quote } };

    public Order Apply(OrderAccepted e) => this with { State = OrderState.Accepted, StateSince = e.At };

    public Order Apply(OrderPaid e) => this with { State = OrderState.Paid, StateSince = e.At, Progress = Progress with { Payment = e.Payment } };

    public Order Apply(OrderFulfilled e) => this with { State = OrderState.Completed, StateSince = e.At, Progress = Progress with { Fulfilment = e.Fulfilment } };

    public Order Apply(OrderCancelled e) => this with { State = OrderState.Cancelled, StateSince = e.At, Progress = Progress with { CancelReason = e.Reason } };

    public IReadOnlyList<OrderLine> Lines => Request.Lines;

    /// <summary>Made-to-order lines the facility must make once the buyer accepted, until the order is handed over or cancelled.</summary>
    public bool AwaitsProduction => State is OrderState.Accepted or OrderState.Paid && Request.Lines.Any(l => l.MadeToOrder);

    /// <summary>The officer prices every line (a line without a price gets its tier price), shipping and the ready-by day; a quote may be revised until accepted.</summary>
    public OrderQuoted QuoteWith(Quote quote, Guid by, DateTimeOffset at) =>
        State is OrderState.Requested or OrderState.Quoted
            ? new OrderQuoted(Id, quote, by, at)
            : throw new RuleBroken("order.not-open-to-quote", isConflict: true);

    public OrderAccepted Accept(DateTimeOffset at) =>
        State == OrderState.Quoted ? new OrderAccepted(Id, Progress.Quote!.ReadyBy, at) : throw new RuleBroken("order.not-quoted", isConflict: true);

    /// <summary>Payment is recorded once the buyer accepted, and only for exactly the quoted total.</summary>
    public OrderPaid Pay(Payment payment, Guid by, DateTimeOffset at) =>
        State != OrderState.Accepted ? throw new RuleBroken("order.not-accepted", isConflict: true)
        : payment.Amount != Progress.Quote!.Total ? throw new RuleBroken("order.payment-not-total")
        : new OrderPaid(Id, payment, by, at);

    public OrderFulfilled Fulfil(Fulfilment fulfilment, Guid by, DateTimeOffset at) =>
        State == OrderState.Paid ? new OrderFulfilled(Id, fulfilment, by, at) : throw new RuleBroken("order.not-paid", isConflict: true);

    /// <summary>Cancelling is possible at any step before payment; afterwards the money is the buyer's and the order goes on.</summary>
    public OrderCancelled Cancel(string reason, Guid by, DateTimeOffset at) => State switch
    {
        OrderState.Requested or OrderState.Quoted or OrderState.Accepted => new OrderCancelled(Id, reason, State == OrderState.Accepted, by, at),
        OrderState.Cancelled => throw new RuleBroken("order.cancelled", isConflict: true),
        _ => throw new RuleBroken("order.paid", isConflict: true),
    };
}

/// <summary>What the buyer asked for: who, where to, the lines and a note; and the verified employer it came from, if any.</summary>
internal sealed record OrderRequest(Buyer Buyer, Delivery Delivery, string? Note, IReadOnlyList<OrderLine> Lines, Guid? EmployerId);

internal sealed record Buyer(string Name, string? Phone, string? Email, string? Organisation);

internal sealed record Delivery(string Province, string? Regency);

/// <summary>One product and how many, with its title, craft and list price as they were when ordered.</summary>
internal sealed record OrderLine(Guid ProductId, string Title, string Craft, int Quantity, Rupiah ListUnitPrice, bool MadeToOrder);

/// <summary>The steps after the request, each filled in as the order reaches it.</summary>
internal sealed record OrderProgress(Quote? Quote, Payment? Payment, Fulfilment? Fulfilment, string? CancelReason);

internal sealed record Quote(IReadOnlyList<QuotedLine> Lines, Rupiah Shipping, DateOnly ReadyBy)
{
    public Rupiah Goods => Rupiah.Sum(Lines.Select(l => l.Amount));

    public Rupiah Total => Goods + Shipping;

    public Rupiah PriceOf(Guid productId) => Lines.First(l => l.ProductId == productId).UnitPrice;
}

internal sealed record QuotedLine(Guid ProductId, int Quantity, Rupiah UnitPrice)
{
    public Rupiah Amount => UnitPrice * Quantity;
}

internal sealed record Payment(Rupiah Amount, PaymentMethod Method, string Reference, DateOnly ReceivedOn);

internal sealed record Fulfilment(FulfilmentMethod Method, string? Courier, string? TrackingNumber);

internal sealed record OrderRequested(Guid OrderId, Guid FacilityId, string TokenHash, OrderRequest Request, DateTimeOffset At);

internal sealed record OrderQuoted(Guid OrderId, Quote Quote, Guid By, DateTimeOffset At);

/// <summary>The buyer accepted the quote: ready-stock lines are reserved, made-to-order lines are to be made by the ready-by day.</summary>
internal sealed record OrderAccepted(Guid OrderId, DateOnly ReadyBy, DateTimeOffset At);

internal sealed record OrderPaid(Guid OrderId, Payment Payment, Guid By, DateTimeOffset At);

internal sealed record OrderFulfilled(Guid OrderId, Fulfilment Fulfilment, Guid By, DateTimeOffset At);

internal sealed record OrderCancelled(Guid OrderId, string Reason, bool ReleasedReservations, Guid By, DateTimeOffset At);
