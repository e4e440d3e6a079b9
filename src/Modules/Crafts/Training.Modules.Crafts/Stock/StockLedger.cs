using System.Collections.Immutable;
using Training.BuildingBlocks;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Errors;
using Training.Modules.Crafts.Contracts;

namespace Training.Modules.Crafts.Stock;

/// <summary>What a stock movement does (the ledger's line kinds).</summary>
internal enum MovementKind
{
    /// <summary>A batch's units arrive in the gallery.</summary>
    Produced,

    /// <summary>Units in the gallery are held for a confirmed order.</summary>
    Reserved,

    /// <summary>A hold ends without a sale (the order was cancelled or changed).</summary>
    Released,

    Sold,

    /// <summary>Units go from one location to another: to an exhibition or a partner shop on consignment, and back.</summary>
    Moved,

    Damaged,

    /// <summary>Units given away to promote the brand.</summary>
    Sample,
}

/// <summary>
/// The append-only stock ledger of one product: every movement is an event, on hand per location and the
/// units held for orders follow from them, and stock is never negative. A handler takes the ledger with an
/// exclusive lock (<c>FetchForExclusiveWriting</c>), so concurrent orders and sales queue instead of overselling.
/// Units leave in the order their batches were made, so each sale knows its batches and their material cost.
/// </summary>
internal sealed record StockLedger(Guid Id, Guid ProductId, Guid FacilityId, ImmutableDictionary<string, int> OnHand, int Reserved, ImmutableList<BatchLot> Lots)
{
    /// <summary>Where a new batch's stock starts and where orders are served from.</summary>
    public const string Gallery = "gallery";

    public static Guid IdFor(Guid productId) => StableGuid.From($"crafts-stock:{productId}");

    public static StockLedger Create(StockMoved e) =>
        new StockLedger(e.LedgerId, e.ProductId, e.FacilityId, ImmutableDictionary<string, int>.Empty, 0, []).Apply(e);

    public StockLedger Apply(StockMoved e) => e.Kind switch
    {
        MovementKind.Produced => this with
        {
            OnHand = Add(OnHand, e.Location, e.Quantity),
            Lots = Lots.Add(new BatchLot(e.BatchId!.Value, e.Quantity, e.LotCost!.Value, 0)),
        },
        MovementKind.Reserved => this with { Reserved = Reserved + e.Quantity },
        MovementKind.Released => this with { Reserved = Reserved - e.Quantity },
        MovementKind.Moved => this with { OnHand = Add(Add(OnHand, e.Location, -e.Quantity), e.ToLocation!, e.Quantity) },
        _ => this with
        {
            OnHand = Add(OnHand, e.Location, -e.Quantity),
            Reserved = Reserved - e.FromReservation,
            Lots = Draw(Lots, e.Drawn),
        },
    };

    public int OnHandAt(string location) => OnHand.GetValueOrDefault(location);

    /// <summary>Units at the location nobody holds: everything there, less the gallery's units held for orders.</summary>
    public int AvailableAt(string location) => OnHandAt(location) - (location == Gallery ? Reserved : 0);

    public int Total => OnHand.Values.Sum();

    public static StockMoved Produce(Guid productId, Guid facilityId, Guid batchId, int quantity, Rupiah materialCost, Guid by, DateTimeOffset at) =>
        new(IdFor(productId), productId, facilityId, MovementKind.Produced, Gallery, null, quantity, batchId, materialCost, 0, [], null, by, at);

    public StockMoved Reserve(int quantity, Guid orderId, Guid by, DateTimeOffset at) =>
        Movement(MovementKind.Reserved, Gallery, Ensure(Gallery, quantity), orderId, by, at);

    public StockMoved Release(int quantity, Guid orderId, Guid by, DateTimeOffset at) =>
        quantity <= Reserved ? Movement(MovementKind.Released, Gallery, quantity, orderId, by, at) : throw new RuleBroken("stock.not-reserved", isConflict: true);

    public StockMoved Move(string from, string to, int quantity, Guid by, DateTimeOffset at) =>
        Movement(MovementKind.Moved, from, Ensure(from, quantity), null, by, at) with { ToLocation = to };

    /// <summary>Units leave the location for good (sold, damaged, a sample), drawn from the oldest batches first.</summary>
    public StockMoved TakeOut(MovementKind kind, string location, int quantity, Guid? reference, Guid by, DateTimeOffset at) =>
        Movement(kind, location, Ensure(location, quantity), reference, by, at) with { Drawn = DrawFrom(Lots, quantity) };

    /// <summary>Units held for an order leave the gallery as sold: no new availability check, the hold is theirs.</summary>
    public StockMoved SellReserved(int quantity, Guid orderId, Guid by, DateTimeOffset at) =>
        quantity <= Reserved && quantity <= OnHandAt(Gallery)
            ? Movement(MovementKind.Sold, Gallery, quantity, orderId, by, at) with { FromReservation = quantity, Drawn = DrawFrom(Lots, quantity) }
            : throw new RuleBroken("stock.not-reserved", isConflict: true);

    private StockMoved Movement(MovementKind kind, string location, int quantity, Guid? reference, Guid by, DateTimeOffset at) =>
        new(Id, ProductId, FacilityId, kind, location, null, quantity, null, null, 0, [], reference, by, at);

    private int Ensure(string location, int quantity) =>
        quantity > 0 && quantity <= AvailableAt(location) ? quantity : throw new RuleBroken("stock.not-enough", isConflict: true);

    private static ImmutableDictionary<string, int> Add(ImmutableDictionary<string, int> onHand, string location, int quantity)
    {
        var left = onHand.GetValueOrDefault(location) + quantity;
        return left == 0 ? onHand.Remove(location) : onHand.SetItem(location, left);
    }

    /// <summary>
    /// The batches <paramref name="quantity"/> units come from, oldest first, with their material cost: the
    /// batch's cost spread over its units so that the parts of a whole batch add up to its cost exactly.
    /// </summary>
    private static IReadOnlyList<SoldFromBatch> DrawFrom(ImmutableList<BatchLot> lots, int quantity)
    {
        var drawn = new List<SoldFromBatch>();
        foreach (var lot in lots.Where(l => l.Left > 0))
        {
            if (quantity == 0)
            {
                break;
            }

            var units = Math.Min(quantity, lot.Left);
            drawn.Add(new SoldFromBatch(lot.BatchId, units, lot.CostOfNext(units)));
            quantity -= units;
        }

        return drawn;
    }

    private static ImmutableList<BatchLot> Draw(ImmutableList<BatchLot> lots, IReadOnlyList<SoldFromBatch> drawn) =>
        [.. lots.Select(l => drawn.FirstOrDefault(d => d.BatchId == l.BatchId) is { } d ? l with { Drawn = l.Drawn + d.Units } : l).Where(l => l.Left > 0)];
}

/// <summary>What is left of one batch in the product's stock, wherever its units are.</summary>
internal sealed record BatchLot(Guid BatchId, int Quantity, Rupiah MaterialCost, int Drawn)
{
    public int Left => Quantity - Drawn;

    /// <summary>The cost of the next units: the cumulative cost after them less the cumulative cost before, each rounded down.</summary>
    public Rupiah CostOfNext(int units) => new(CostOfFirst(Drawn + units) - CostOfFirst(Drawn));

    private long CostOfFirst(int units) => (long)((Int128)MaterialCost.Amount * units / Quantity);
}

/// <summary>One line of a product's stock ledger; a write-off (damaged, a sample) says why in <see cref="Reason"/>.</summary>
internal sealed record StockMoved(
    Guid LedgerId,
    Guid ProductId,
    Guid FacilityId,
    MovementKind Kind,
    string Location,
    string? ToLocation,
    int Quantity,
    Guid? BatchId,
    Rupiah? LotCost,
    int FromReservation,
    IReadOnlyList<SoldFromBatch> Drawn,
    Guid? Reference,
    Guid By,
    DateTimeOffset At,
    string? Reason = null);
