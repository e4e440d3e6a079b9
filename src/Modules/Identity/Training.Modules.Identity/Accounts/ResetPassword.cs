using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Identity.Accounts;

/// <summary>
/// A platform admin sets a new password for an account: it is temporary (the owner chooses their own
/// at the next sign-in), the lockout is lifted and the account's open sessions end.
/// </summary>
internal sealed record ResetPassword(Guid AccountId, string Password) : ICommand<Unit>;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator() => RuleFor(x => x.Password).MustBeAPassword();
}

internal sealed class ResetPasswordHandler(IDocumentSession session, ICurrentUser user, Secrets secrets, TimeProvider clock) : IRequestHandler<ResetPassword, Unit>
{
    public async Task<Unit> Handle(ResetPassword command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Account>(command.AccountId, cancellationToken);
        var account = stream.Aggregate ?? throw new NotFound("account", command.AccountId);
        if (account.Id == user.Id)
        {
            throw new RuleBroken("account.reset-self");
        }

        stream.AppendOne(new PasswordChanged(account.Id, secrets.Hash(command.Password), user.Id ?? Guid.Empty, clock.GetUtcNow()));
        return Unit.Value;
    }
}

internal static class ResetPasswordEndpoint
{
    public sealed record NewPassword(string Password);

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/staff/{id:guid}/reset-password", async (Guid id, NewPassword body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ResetPassword(id, body.Password), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(ResetPassword))
            .WithTags("Identity");
}
