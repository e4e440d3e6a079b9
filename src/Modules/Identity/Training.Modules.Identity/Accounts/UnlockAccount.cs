using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Identity.Accounts;

/// <summary>A platform admin lifts the lockout of a staff or employer account; its password stays as it is.</summary>
internal sealed record UnlockAccount(Guid AccountId) : ICommand<Unit>;

internal sealed class UnlockAccountHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<UnlockAccount, Unit>
{
    public async Task<Unit> Handle(UnlockAccount command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Account>(command.AccountId, cancellationToken);
        var account = stream.Aggregate ?? throw new NotFound("account", command.AccountId);
        var now = clock.GetUtcNow();
        if (account.Lockout.IsLocked(now))
        {
            stream.AppendOne(new AccountUnlocked(account.Id, user.Id ?? Guid.Empty, now));
        }

        return Unit.Value;
    }
}

internal static class UnlockAccountEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/staff/{id:guid}/unlock", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new UnlockAccount(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(UnlockAccount))
            .WithTags("Identity");
}
