using Marten;
using MediatR;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Orders;

/// <summary>
/// What the staff of the facility must make for accepted orders (produksi untuk pesanan): each made-to-order
/// line of an order accepted and not yet handed over or cancelled, the earliest ready-by day first.
/// </summary>
internal sealed record ListProduction : IRequest<IReadOnlyList<ProductionItem>>;

internal sealed record ProductionItem(Guid OrderId, Guid ProductId, string Title, int Quantity, DateOnly ReadyBy, DateTimeOffset AcceptedAt);

internal sealed class ListProductionHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<ListProduction, IReadOnlyList<ProductionItem>>
{
    public async Task<IReadOnlyList<ProductionItem>> Handle(ListProduction query, CancellationToken cancellationToken)
    {
        var facilityId = user.OwnFacility();
        var open = await session.Query<Order>()
            .Where(o => o.FacilityId == facilityId && (o.State == OrderState.Accepted || o.State == OrderState.Paid))
            .ToListAsync(cancellationToken);
        return
        [
            .. open.Where(o => o.AwaitsProduction)
                .SelectMany(o => o.Lines.Where(l => l.MadeToOrder).Select(l => new ProductionItem(o.Id, l.ProductId, l.Title, l.Quantity, o.Progress.Quote!.ReadyBy, o.StateSince)))
                .OrderBy(p => p.ReadyBy),
        ];
    }
}
