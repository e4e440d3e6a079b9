using Marten;
using MediatR;
using Training.Modules.Identity.Access;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Learners;

/// <summary>Answers other modules: a learner the caller may read, in short; nothing for anyone else.</summary>
internal sealed class GetLearnerSummaryHandler(IQuerySession session, LearnerAccess access) : IRequestHandler<GetLearnerSummary, LearnerSummary?>
{
    public async Task<LearnerSummary?> Handle(GetLearnerSummary query, CancellationToken cancellationToken)
    {
        var learner = await session.LoadAsync<Learner>(query.LearnerId, cancellationToken);
        return learner is not null && access.MayRead(learner)
            ? new LearnerSummary(learner.Id, learner.FacilityId, learner.LearnerNumber, learner.FullName, learner.Status == LearnerStatus.Released)
            : null;
    }
}
