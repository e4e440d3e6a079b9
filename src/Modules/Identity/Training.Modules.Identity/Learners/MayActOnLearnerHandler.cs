using Marten;
using MediatR;
using Training.Modules.Identity.Access;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Learners;

/// <summary>Answers other modules: whether the caller may act on a learner (the same test as reading one).</summary>
internal sealed class MayActOnLearnerHandler(IQuerySession session, LearnerAccess access) : IRequestHandler<MayActOnLearner, bool>
{
    public async Task<bool> Handle(MayActOnLearner query, CancellationToken cancellationToken) =>
        await session.LoadAsync<Learner>(query.LearnerId, cancellationToken) is { } learner && access.MayRead(learner);
}
