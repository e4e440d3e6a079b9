using Marten;
using MediatR;
using Training.Modules.Crafts.Premi;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.Inbox;

/// <summary>A maker released with premi still hers: her ledger says so, and her last facility's officers see it on their to-do list until it is paid out.</summary>
internal sealed class KeepPremiAtRelease(IDocumentSession session) : INotificationHandler<LearnerReleasedIntegrationEvent>
{
    public async Task Handle(LearnerReleasedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<PremiLedger>(PremiLedger.IdFor(notification.LearnerId), cancellationToken);
        if (stream.Aggregate is { ReleasedAt: null } ledger)
        {
            stream.AppendOne(new MakerReleased(ledger.Id, notification.FacilityId, notification.ReleasedAt));
        }
    }
}
