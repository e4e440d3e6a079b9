using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Access;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Learners;

internal sealed record GetLearner(Guid LearnerId) : IRequest<LearnerView>;

internal sealed class GetLearnerHandler(IQuerySession session, LearnerAccess access, TimeProvider clock)
    : IRequestHandler<GetLearner, LearnerView>, IRequestHandler<GetLearnerSummary, LearnerSummary?>, IRequestHandler<MayActOnLearner, bool>
{
    public async Task<LearnerView> Handle(GetLearner query, CancellationToken cancellationToken) =>
        LearnerView.Of(access.EnsureMayRead(await session.LoadAsync<Learner>(query.LearnerId, cancellationToken), query.LearnerId), clock.GetUtcNow());

    public async Task<LearnerSummary?> Handle(GetLearnerSummary query, CancellationToken cancellationToken)
    {
        var learner = await session.LoadAsync<Learner>(query.LearnerId, cancellationToken);
        return learner is not null && access.MayRead(learner)
            ? new LearnerSummary(learner.Id, learner.FacilityId, learner.LearnerNumber, learner.FullName, learner.Status == LearnerStatus.Released)
            : null;
    }

    public async Task<bool> Handle(MayActOnLearner query, CancellationToken cancellationToken) =>
        await session.LoadAsync<Learner>(query.LearnerId, cancellationToken) is { } learner && access.MayRead(learner);
}

internal static class GetLearnerEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/learners/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetLearner(id), ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(GetLearner))
            .WithTags("Identity");
}
