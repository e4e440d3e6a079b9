using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Access;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Learners;

/// <summary>
/// An officer records a learner's release. The learner keeps signing in from outside for their
/// certificates and profile; the facility's staff no longer see data created from now on.
/// </summary>
internal sealed record ReleaseLearner(Guid LearnerId) : ICommand<Unit>;

internal sealed class ReleaseLearnerHandler(IDocumentSession session, LearnerAccess access, TimeProvider clock) : IRequestHandler<ReleaseLearner, Unit>
{
    public async Task<Unit> Handle(ReleaseLearner command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Learner>(command.LearnerId, cancellationToken);
        var learner = access.EnsureMayManage(stream.Aggregate, command.LearnerId);
        if (learner.Status == LearnerStatus.Released)
        {
            return Unit.Value;
        }

        var at = clock.GetUtcNow();
        stream.AppendMany(
            new LearnerReleased(learner.Id, access.ActorId, at),
            new LearnerReleasedIntegrationEvent(learner.Id, learner.FacilityId, at));
        return Unit.Value;
    }
}

internal static class ReleaseLearnerEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/learners/{id:guid}/release", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ReleaseLearner(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(ReleaseLearner))
            .WithTags("Identity");
}
