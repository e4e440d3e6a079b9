using Marten;
using JasperFx.Events;
using Training.Modules.Crafts.Stock;

namespace Training.Modules.Crafts.Orders;

/// <summary>
/// The stock ledgers of an order's lines, each taken with an exclusive lock in ascending product id order
/// (the order every sale and order locks in), so that concurrent orders queue instead of overselling and
/// two requests never wait on each other's ledgers in a circle.
/// </summary>
internal static class OrderStock
{
    public static async Task<IReadOnlyList<(OrderLine Line, IEventStream<StockLedger> Ledger)>> LockAsync(
        IDocumentSession session, IEnumerable<OrderLine> lines, CancellationToken cancellationToken)
    {
        var locked = new List<(OrderLine, IEventStream<StockLedger>)>();
        foreach (var line in lines.OrderBy(l => l.ProductId))
        {
            locked.Add((line, await session.Events.FetchForExclusiveWriting<StockLedger>(StockLedger.IdFor(line.ProductId), cancellationToken)));
        }

        return locked;
    }
}
