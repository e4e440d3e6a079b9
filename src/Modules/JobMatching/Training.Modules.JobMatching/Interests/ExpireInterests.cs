using Marten;
using MediatR;
using Training.BuildingBlocks.Messaging;

namespace Training.Modules.JobMatching.Interests;

/// <summary>Expires every interest left 30 days without the officer's review or the learner's answer; answers how many. Safe to run twice.</summary>
internal sealed record ExpireInterests : ICommand<int>;

internal sealed class ExpireInterestsHandler(IDocumentSession session, TimeProvider clock) : IRequestHandler<ExpireInterests, int>
{
    public async Task<int> Handle(ExpireInterests command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = now - Interest.AnswerWithin;
        var stale = await session.Query<Interest>()
            .Where(i => (i.Status == InterestStatus.AwaitingReview || i.Status == InterestStatus.AwaitingLearner) && i.WaitingSince <= due)
            .Take(1000)
            .ToListAsync(cancellationToken);
        foreach (var interest in stale)
        {
            session.Events.Append(interest.Id, interest.Expire(now));
        }

        return stale.Count;
    }
}
