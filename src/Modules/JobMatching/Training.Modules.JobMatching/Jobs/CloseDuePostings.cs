using Marten;
using MediatR;
using Training.BuildingBlocks.Messaging;
using Training.Modules.JobMatching.Profiles;

namespace Training.Modules.JobMatching.Jobs;

/// <summary>Closes every open posting whose closing date has passed (Asia/Jakarta); answers how many. Safe to run twice.</summary>
internal sealed record CloseDuePostings : ICommand<int>;

internal sealed class CloseDuePostingsHandler(IDocumentSession session, TimeProvider clock) : IRequestHandler<CloseDuePostings, int>
{
    public async Task<int> Handle(CloseDuePostings command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = Months.Today(now);
        var due = await session.Query<JobPosting>().Where(p => p.Open && p.ClosesOn < today).Take(1000).ToListAsync(cancellationToken);
        foreach (var posting in due)
        {
            session.Events.Append(posting.Id, new JobPostingClosed(posting.Id, ClosingReason.ClosingDatePassed, null, now));
        }

        return due.Count;
    }
}
