using Marten;
using MediatR;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Time;
using Training.Modules.Crafts.Batches;
using Training.Modules.Crafts.Contracts;
using Training.Modules.Crafts.Premi;
using Training.Modules.Crafts.Products;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.Inbox;

/// <summary>
/// Divides each completed sale once, by the facility's rule in force on the sale's day in the facility's zone,
/// and credits every maker's premi ledger with her part (and an integration event for each part paid).
/// Without a rule the sale waits; a rule set later divides the sales that waited for it.
/// </summary>
internal sealed class AllocateSales(IDocumentSession session, IMediator mediator, TimeProvider clock)
    : INotificationHandler<SaleCompletedIntegrationEvent>,
      INotificationHandler<WaitingSalesToAllocate>
{
    public async Task Handle(SaleCompletedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        var id = Allocation.IdFor(notification.SaleId);
        if (await session.Events.FetchStreamStateAsync(id, cancellationToken) is not null)
        {
            return;
        }

        var rules = await session.LoadAsync<AllocationRules>(AllocationRules.IdFor(notification.FacilityId), cancellationToken);
        var zone = await ZoneAsync(notification.FacilityId, cancellationToken);
        if (rules?.InForceOn(FacilityTime.Day(notification.CompletedAt, zone)) is not { } rule)
        {
            session.Events.StartStream<Allocation>(id, new SaleAwaitingRule(id, notification, clock.GetUtcNow()));
            return;
        }

        var allocated = await DivideAsync(id, notification, rule, cancellationToken);
        session.Events.StartStream<Allocation>(id, allocated);
        await CreditAsync([(notification, allocated)], cancellationToken);
    }

    public async Task Handle(WaitingSalesToAllocate notification, CancellationToken cancellationToken)
    {
        var rules = await session.LoadAsync<AllocationRules>(AllocationRules.IdFor(notification.FacilityId), cancellationToken);
        var waiting = await session.Query<Allocation>().Where(a => a.FacilityId == notification.FacilityId && a.Shares == null).ToListAsync(cancellationToken);
        if (rules is null || waiting.Count == 0)
        {
            return;
        }

        var zone = await ZoneAsync(notification.FacilityId, cancellationToken);
        var divided = new List<(SaleCompletedIntegrationEvent, SaleAllocated)>();
        foreach (var allocation in waiting.OrderBy(a => a.CompletedAt))
        {
            var stream = await session.Events.FetchForWriting<Allocation>(allocation.Id, cancellationToken);
            if (stream.Aggregate?.Waiting is { } sale && rules.InForceOn(FacilityTime.Day(sale.CompletedAt, zone)) is { } rule)
            {
                var allocated = await DivideAsync(allocation.Id, sale, rule, cancellationToken);
                stream.AppendOne(allocated);
                divided.Add((sale, allocated));
            }
        }

        await CreditAsync(divided, cancellationToken);
    }

    private async Task<string?> ZoneAsync(Guid facilityId, CancellationToken cancellationToken) =>
        (await mediator.Send(new GetFacility(facilityId), cancellationToken))?.TimeZone;

    private async Task<SaleAllocated> DivideAsync(Guid id, SaleCompletedIntegrationEvent sale, AllocationRule rule, CancellationToken cancellationToken)
    {
        var batches = await BatchesAsync(sale, cancellationToken);
        var divided = Allocating.Divide(sale, rule.Shares, b => batches.TryGetValue(b, out var batch) ? batch.Makers : []);
        return new SaleAllocated(id, sale.SaleId, sale.FacilityId, sale.CompletedAt, rule.Shares, rule.EffectiveFrom, divided, clock.GetUtcNow());
    }

    private async Task<Dictionary<Guid, Batch>> BatchesAsync(SaleCompletedIntegrationEvent sale, CancellationToken cancellationToken) =>
        (await session.LoadManyAsync<Batch>(cancellationToken, sale.Lines.SelectMany(l => l.Batches.Select(b => b.BatchId)).Distinct())).ToDictionary(b => b.Id);

    /// <summary>Each ledger is written once per delivery, its lines in the order of the sales, ledgers in id order.</summary>
    private async Task CreditAsync(IReadOnlyList<(SaleCompletedIntegrationEvent Sale, SaleAllocated Allocated)> sales, CancellationToken cancellationToken)
    {
        var products = (await session.LoadManyAsync<Product>(cancellationToken, sales.SelectMany(s => s.Allocated.Batches.Select(b => b.ProductId)).Distinct()))
            .ToDictionary(p => p.Id, p => p.Description.Title);
        var codes = (await session.LoadManyAsync<Batch>(cancellationToken, sales.SelectMany(s => s.Allocated.Batches.Select(b => b.BatchId)).Distinct()))
            .ToDictionary(b => b.Id, b => b.Code);
        var credits = sales
            .SelectMany(s => s.Allocated.Batches.SelectMany(b => b.Makers.Select(m => (s.Sale, Batch: b, Maker: m))))
            .GroupBy(c => c.Maker.LearnerId)
            .OrderBy(g => PremiLedger.IdFor(g.Key));
        var now = clock.GetUtcNow();
        foreach (var maker in credits)
        {
            var ledgerId = PremiLedger.IdFor(maker.Key);
            var stream = await session.Events.FetchForWriting<PremiLedger>(ledgerId, cancellationToken);
            foreach (var (sale, batch, premi) in maker)
            {
                var line = new PremiLine(sale.SaleId, batch.BatchId, codes.GetValueOrDefault(batch.BatchId, ""), batch.ProductId,
                    products.GetValueOrDefault(batch.ProductId, ""), batch.Units, premi.Amount, sale.CompletedAt);
                stream.AppendOne(new PremiCredited(ledgerId, maker.Key, sale.FacilityId, line, now));
                if (premi.Amount > Rupiah.Zero)
                {
                    stream.AppendOne(new PremiCreditedIntegrationEvent(maker.Key, sale.FacilityId, sale.SaleId, batch.BatchId, premi.Amount, now));
                }
            }
        }
    }
}
