using Marten;
using MediatR;
using Training.Modules.JobMatching.Jobs;
using Training.Modules.JobMatching.Matches;

namespace Training.Modules.JobMatching.Inbox;

/// <summary>
/// Ranks matches over the committed search index, as its own step after the change that moved them:
/// the relay delivers it, commits the matches with its inbox entry, and on a failure delivers it again
/// instead of losing it. Ranking reads the latest committed rows, so a late or repeated step is harmless.
/// </summary>
internal sealed class RerankMatches(IDocumentSession session, TimeProvider clock)
    : INotificationHandler<PostingMatchesOutdated>,
      INotificationHandler<GraduateMatchesOutdated>
{
    public async Task Handle(PostingMatchesOutdated notification, CancellationToken cancellationToken)
    {
        if (await session.LoadAsync<JobPosting>(notification.JobId, cancellationToken) is { Open: true } posting)
        {
            await Matching.RefreshAsync(session, posting, clock.GetUtcNow(), cancellationToken);
        }
    }

    public Task Handle(GraduateMatchesOutdated notification, CancellationToken cancellationToken) =>
        Matching.RefreshForAsync(session, notification.ProfileId, notification.Covered, clock.GetUtcNow(), cancellationToken);
}
