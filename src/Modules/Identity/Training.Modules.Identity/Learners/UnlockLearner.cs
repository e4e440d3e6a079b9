using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.Modules.Identity.Access;

namespace Training.Modules.Identity.Learners;

/// <summary>
/// An officer of the learner's facility, or a platform admin, lifts a lockout: the learner signs in
/// with the PIN she has, no reset needed.
/// </summary>
internal sealed record UnlockLearner(Guid LearnerId) : ICommand<Unit>;

internal sealed class UnlockLearnerHandler(IDocumentSession session, LearnerAccess access, TimeProvider clock) : IRequestHandler<UnlockLearner, Unit>
{
    public async Task<Unit> Handle(UnlockLearner command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Learner>(command.LearnerId, cancellationToken);
        var learner = access.EnsureMayUnlock(stream.Aggregate, command.LearnerId);
        var now = clock.GetUtcNow();
        if (learner.Lockout.IsLocked(now))
        {
            stream.AppendOne(new LearnerUnlocked(learner.Id, access.ActorId, now));
        }

        return Unit.Value;
    }
}

internal static class UnlockLearnerEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/learners/{id:guid}/unlock", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new UnlockLearner(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AccessPolicies.AdminOrOfficer)
            .WithName(nameof(UnlockLearner))
            .WithTags("Identity");
}
