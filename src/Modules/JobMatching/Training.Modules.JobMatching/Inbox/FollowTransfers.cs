using Marten;
using MediatR;
using Training.Modules.Identity.Contracts;
using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching.Inbox;

/// <summary>A transferred learner's listing moves to the new facility, whose officers mediate from now on.</summary>
internal sealed class FollowTransfers(IDocumentSession session) : INotificationHandler<LearnerTransferredIntegrationEvent>
{
    public async Task Handle(LearnerTransferredIntegrationEvent notification, CancellationToken cancellationToken)
    {
        if (await Listings.FindAsync(session, notification.LearnerId, cancellationToken) is { } listing)
        {
            Listings.Update(session, listing with { FacilityId = notification.ToFacilityId });
        }
    }
}
