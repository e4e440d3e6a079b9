using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Identity.Accounts;

/// <summary>Disabling an account ends its sessions at once: the session stamp changes.</summary>
internal sealed record DisableAccount(Guid AccountId) : ICommand<Unit>;

internal sealed class DisableAccountHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<DisableAccount, Unit>
{
    public async Task<Unit> Handle(DisableAccount command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Account>(command.AccountId, cancellationToken);
        var account = stream.Aggregate ?? throw new NotFound("account", command.AccountId);
        if (account.Id == user.Id)
        {
            throw new RuleBroken("account.disable-self");
        }

        if (!account.Disabled)
        {
            stream.AppendOne(new AccountDisabled(account.Id, user.Id ?? Guid.Empty, clock.GetUtcNow()));
        }

        return Unit.Value;
    }
}

internal static class DisableAccountEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/staff/{id:guid}/disable", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DisableAccount(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(DisableAccount))
            .WithTags("Identity");
}
