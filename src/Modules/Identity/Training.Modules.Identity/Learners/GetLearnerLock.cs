using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Modules.Identity.Access;

namespace Training.Modules.Identity.Learners;

/// <summary>Whether a learner is locked out and until when: for her facility's officers and platform admins, who may lift it.</summary>
internal sealed record GetLearnerLock(Guid LearnerId) : IRequest<LockView>;

internal sealed record LockView(bool Locked, DateTimeOffset? LockedUntil)
{
    public static LockView Of(Accounts.Lockout lockout, DateTimeOffset now) =>
        lockout.IsLocked(now) ? new(true, lockout.LockedUntil) : new(false, null);
}

internal sealed class GetLearnerLockHandler(IQuerySession session, LearnerAccess access, TimeProvider clock) : IRequestHandler<GetLearnerLock, LockView>
{
    public async Task<LockView> Handle(GetLearnerLock query, CancellationToken cancellationToken) =>
        LockView.Of(access.EnsureMayUnlock(await session.LoadAsync<Learner>(query.LearnerId, cancellationToken), query.LearnerId).Lockout, clock.GetUtcNow());
}

internal static class GetLearnerLockEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/learners/{id:guid}/lock", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetLearnerLock(id), ct)))
            .RequireAuthorization(AccessPolicies.AdminOrOfficer)
            .WithName(nameof(GetLearnerLock))
            .WithTags("Identity");
}
