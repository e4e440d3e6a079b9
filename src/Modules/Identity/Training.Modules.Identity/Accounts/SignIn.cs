using FluentValidation;
using Marten;
using JasperFx.Events;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.Modules.Identity.Access;
using Training.Modules.Identity.Employers;

namespace Training.Modules.Identity.Accounts;

/// <summary>
/// Staff and employers sign in with a username and password, and a code from their authenticator
/// app once they have enrolled one (<see cref="Code"/>).
/// </summary>
internal sealed record SignIn(string Username, string Password) : ICommand<SignInOutcome>
{
    public string? Code { get; init; }

    public string? ClientAddress { get; init; }
}

internal sealed class SignInValidator : AbstractValidator<SignIn>
{
    public SignInValidator()
    {
        RuleFor(x => x.Username).NotEmpty().MaximumLength(64);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Code).MaximumLength(10);
    }
}

/// <summary>
/// An unknown name, a wrong password and a locked account take the same path: one hash check (a
/// decoy where there is nothing real to check), one recorded failure, one answer.
/// </summary>
internal sealed class SignInHandler(IDocumentSession session, Secrets secrets, AddressThrottle throttle, TwoFactorRule twoFactor, TimeProvider clock)
    : IRequestHandler<SignIn, SignInOutcome>
{
    public async Task<SignInOutcome> Handle(SignIn command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await throttle.WaitAsync(command.ClientAddress, now, cancellationToken) is { } wait)
        {
            return SignInOutcome.Throttled(wait);
        }

        var username = SecretRules.Normalize(command.Username);
        var found = await session.Query<Account>().FirstOrDefaultAsync(a => a.Username == username, cancellationToken);
        if (found is null)
        {
            secrets.VerifyDecoy(command.Password);
            session.Insert(new UnknownSignInFailed(Guid.NewGuid(), now, command.ClientAddress, "account"));
            throttle.Failed(command.ClientAddress, now);
            return SignInOutcome.Wrong;
        }

        var stream = await session.Events.FetchForWriting<Account>(found.Id, cancellationToken);
        var account = stream.Aggregate!;
        if (account.Lockout.IsLocked(now))
        {
            secrets.VerifyDecoy(command.Password);
            throttle.Failed(command.ClientAddress, now);
            return SignInOutcome.Wrong;
        }

        if (!secrets.Verify(account.PasswordHash, command.Password))
        {
            return Failed(stream, account, command, now);
        }

        if (account.Disabled)
        {
            return new SignInOutcome(SignInResult.Disabled);
        }

        if (account.TwoFactor.Key is { } key)
        {
            if (string.IsNullOrEmpty(command.Code))
            {
                return new SignInOutcome(SignInResult.TwoFactorCodeNeeded);
            }

            if (!TwoFactorCodes.Matches(key, command.Code, now))
            {
                return Failed(stream, account, command, now);
            }
        }

        stream.AppendOne(new SignedIn(account.Id, now, command.ClientAddress));
        var employer = account.EmployerId is { } employerId ? await session.LoadAsync<Employer>(employerId, cancellationToken) : null;
        var sessionId = UserSession.Open(session, account.Id, learner: false, now);
        return new SignInOutcome(SignInResult.SignedIn, Sessions.For(account, employer?.Status, sessionId, twoFactor.Required));
    }

    private SignInOutcome Failed(IEventStream<Account> stream, Account account, SignIn command, DateTimeOffset now)
    {
        stream.AppendOne(new SignInFailed(account.Id, now, command.ClientAddress));
        if (account.Lockout.LocksAfterNextFailure)
        {
            stream.AppendOne(new LockedOut(account.Id, now + Lockout.Duration));
        }

        throttle.Failed(command.ClientAddress, now);
        return SignInOutcome.Wrong;
    }
}

internal static class SignInEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/auth/sign-in", async (SignIn command, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var outcome = await mediator.Send(command with { ClientAddress = http.Connection.RemoteIpAddress?.ToString() }, ct);
                return await outcome.ToHttpAsync(http);
            })
            .AllowAnonymous()
            .RequireRateLimiting(AccessPolicies.SignInLimit)
            .WithName(nameof(SignIn))
            .WithTags("Identity");
}
