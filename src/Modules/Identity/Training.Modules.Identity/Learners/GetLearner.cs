using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Access;

namespace Training.Modules.Identity.Learners;

internal sealed record GetLearner(Guid LearnerId) : IRequest<LearnerView>;

internal sealed class GetLearnerHandler(IQuerySession session, LearnerAccess access, TimeProvider clock) : IRequestHandler<GetLearner, LearnerView>
{
    public async Task<LearnerView> Handle(GetLearner query, CancellationToken cancellationToken) =>
        LearnerView.Of(access.EnsureMayRead(await session.LoadAsync<Learner>(query.LearnerId, cancellationToken), query.LearnerId), clock.GetUtcNow());
}

internal static class GetLearnerEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/learners/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetLearner(id), ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(GetLearner))
            .WithTags("Identity");
}
