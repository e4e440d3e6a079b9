using Marten;
using MediatR;
using Training.BuildingBlocks.Messaging;
using Training.Modules.JobMatching.Jobs;
using Training.Modules.JobMatching.Profiles;
using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching.Matches;

/// <summary>
/// The nightly pass: drops certificates whose validity ended without an expiry event yet and, in the
/// same save, queues the re-ranking of every open posting (a step of its own per posting, see
/// <see cref="Inbox.RerankMatches"/>). Answers how many postings are to be ranked. Safe to run twice.
/// </summary>
internal sealed record RefreshAllMatches : ICommand<int>;

internal sealed class RefreshAllMatchesHandler(IDocumentSession session, TimeProvider clock) : IRequestHandler<RefreshAllMatches, int>
{
    public async Task<int> Handle(RefreshAllMatches command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = Months.Today(now);
        var lapsed = await session.Query<GraduateListing>().Where(l => l.NextExpiry < today).Take(5000).ToListAsync(cancellationToken);
        foreach (var listing in lapsed)
        {
            Listings.Update(session, listing.ValidOn(today));
        }

        var open = await session.Query<JobPosting>().Where(p => p.Open).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var jobId in open)
        {
            session.Events.Append(jobId, new PostingMatchesOutdated(jobId));
        }

        return open.Count;
    }
}
