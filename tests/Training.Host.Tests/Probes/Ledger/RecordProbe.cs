using Marten;
using MediatR;
using Training.BuildingBlocks.Relay;
using Training.Host.Tests.Probes.Contracts;

namespace Training.Host.Tests.Probes.Ledger;

internal sealed class RecordProbe(IDocumentSession session, IntegrationEventContext context, TimeProvider clock) : INotificationHandler<ProbeSentIntegrationEvent>
{
    public async Task Handle(ProbeSentIntegrationEvent notification, CancellationToken cancellationToken)
    {
        var entry = await session.LoadAsync<LedgerEntry>(notification.ProbeId, cancellationToken);
        session.Store(entry is null
            ? new LedgerEntry(notification.ProbeId, 1, context.CommittedAt, clock.GetUtcNow())
            : entry with { TimesApplied = entry.TimesApplied + 1 });

        var stream = await session.LoadAsync<LedgerStream>(notification.Stream, cancellationToken);
        session.Store(new LedgerStream(notification.Stream, [.. stream?.Numbers ?? [], notification.Number]));
    }
}
