using Marten;
using MediatR;
using Training.BuildingBlocks.Messaging;
using Training.Modules.JobMatching.Jobs;
using Training.Modules.JobMatching.Profiles;
using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching.Matches;

/// <summary>
/// The nightly pass: drops certificates whose validity ended without an expiry event yet, then
/// re-ranks every open posting. Answers how many postings were ranked. Safe to run twice.
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

        await session.SaveChangesAsync(cancellationToken);
        var open = await session.Query<JobPosting>().Where(p => p.Open).ToListAsync(cancellationToken);
        foreach (var posting in open)
        {
            await Matching.RefreshAsync(session, posting, now, cancellationToken);
        }

        return open.Count;
    }
}
