using System.Security.Claims;
using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Access;
using Training.Modules.Identity.Employers;
using Training.Modules.Identity.Learners;

namespace Training.Modules.Identity.Accounts;

/// <summary>
/// The signed-in person replaces their password or PIN with one only they know: at first sign-in
/// (when someone else set it) or whenever they like. Their other sessions end; this one goes on.
/// </summary>
internal sealed record ChangeOwnSecret(string Current, string New) : ICommand<ClaimsPrincipal>
{
    public Guid SessionId { get; init; }
}

internal sealed class ChangeOwnSecretValidator : AbstractValidator<ChangeOwnSecret>
{
    public ChangeOwnSecretValidator(ICurrentUser user)
    {
        RuleFor(x => x.Current).NotEmpty().MaximumLength(200);
        When(_ => user.IsInRole(Roles.Learner), () => RuleFor(x => x.New).MustBeAPin())
            .Otherwise(() => RuleFor(x => x.New).MustBeAPassword());
        RuleFor(x => x.New).Must((command, secret) => secret != command.Current)
            .WithErrorCode("secret.same").WithMessage("Choose a new secret, not the one you were given.");
    }
}

internal sealed class ChangeOwnSecretHandler(IDocumentSession session, ICurrentUser user, Secrets secrets, TwoFactorRule twoFactor, TimeProvider clock)
    : IRequestHandler<ChangeOwnSecret, ClaimsPrincipal>
{
    public async Task<ClaimsPrincipal> Handle(ChangeOwnSecret command, CancellationToken cancellationToken)
    {
        var id = user.Id ?? throw new NotFound("account", "anonymous");
        var now = clock.GetUtcNow();
        if (user.IsInRole(Roles.Learner))
        {
            var stream = await session.Events.FetchForWriting<Learner>(id, cancellationToken);
            var learner = stream.Aggregate ?? throw new NotFound("learner", id);
            EnsureCurrent(learner.PinHash, command.Current);
            var changed = new LearnerPinChanged(id, secrets.Hash(command.New), now);
            stream.AppendOne(changed);
            return Sessions.For(learner.Apply(changed), command.SessionId);
        }

        var accountStream = await session.Events.FetchForWriting<Account>(id, cancellationToken);
        var account = accountStream.Aggregate ?? throw new NotFound("account", id);
        EnsureCurrent(account.PasswordHash, command.Current);
        var passwordChanged = new PasswordChanged(id, secrets.Hash(command.New), id, now);
        accountStream.AppendOne(passwordChanged);
        var employer = account.EmployerId is { } employerId ? await session.LoadAsync<Employer>(employerId, cancellationToken) : null;
        return Sessions.For(account.Apply(passwordChanged), employer?.Status, command.SessionId, twoFactor.Required);
    }

    private void EnsureCurrent(string hash, string current)
    {
        if (!secrets.Verify(hash, current))
        {
            throw new RuleBroken("secret.current-wrong");
        }
    }
}

internal static class ChangeOwnSecretEndpoint
{
    public sealed record SecretChange(string Current, string New);

    /// <summary>Changes the secret and keeps the caller's own session, now with the new session stamp.</summary>
    public static async Task<Me> ChangeAsync(HttpContext http, IMediator mediator, string current, string @new)
    {
        var principal = await mediator.Send(new ChangeOwnSecret(current, @new) { SessionId = Sessions.IdOf(http.User) ?? Guid.Empty }, http.RequestAborted);
        await http.SignInAsync(Sessions.Scheme, principal, new AuthenticationProperties { IsPersistent = false });
        return Me.Of(principal);
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/secret", async (SecretChange body, HttpContext http, IMediator mediator) =>
                TypedResults.Ok(await ChangeAsync(http, mediator, body.Current, body.New)))
            .RequireAuthorization(Policies.SignedIn)
            .WithMetadata(new OpenWhileStepPendingAttribute())
            .WithName(nameof(ChangeOwnSecret))
            .WithTags("Identity");
}
