using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Access;

namespace Training.Modules.Identity.Accounts;

/// <summary>A code from the authenticator app confirms the enrolment; from then on sign-in asks for a code.</summary>
internal sealed record ConfirmTwoFactor(string Code) : ICommand<Unit>;

internal sealed class ConfirmTwoFactorValidator : AbstractValidator<ConfirmTwoFactor>
{
    public ConfirmTwoFactorValidator() =>
        RuleFor(x => x.Code).NotEmpty().Matches("^[0-9]{6}$").WithErrorCode("two-factor.code-format").WithMessage("The code has 6 digits.");
}

internal sealed class ConfirmTwoFactorHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<ConfirmTwoFactor, Unit>
{
    public async Task<Unit> Handle(ConfirmTwoFactor command, CancellationToken cancellationToken)
    {
        var id = user.Id ?? throw new NotFound("account", "anonymous");
        var stream = await session.Events.FetchForWriting<Account>(id, cancellationToken);
        var account = stream.Aggregate ?? throw new NotFound("account", id);
        var now = clock.GetUtcNow();
        if (account.TwoFactor.PendingKey is not { } key)
        {
            throw new RuleBroken("two-factor.not-started", isConflict: true);
        }

        if (!TwoFactorCodes.Matches(key, command.Code, now))
        {
            throw new RuleBroken("two-factor.code-wrong");
        }

        stream.AppendOne(new TwoFactorEnabled(id, now));
        return Unit.Value;
    }
}

internal static class ConfirmTwoFactorEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/two-factor/confirm", async (ConfirmTwoFactor command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AccessPolicies.AdminOrOfficer)
            .WithMetadata(new OpenWhileStepPendingAttribute())
            .WithName(nameof(ConfirmTwoFactor))
            .WithTags("Identity");
}
