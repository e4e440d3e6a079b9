using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Messaging;
using Training.Modules.Identity.Access;
using Training.Modules.Identity.Employers;

namespace Training.Modules.Identity.Accounts;

/// <summary>Staff and employers sign in with a username and password.</summary>
internal sealed record SignIn(string Username, string Password) : ICommand<SignInOutcome>
{
    public string? ClientAddress { get; init; }
}

internal sealed class SignInValidator : AbstractValidator<SignIn>
{
    public SignInValidator()
    {
        RuleFor(x => x.Username).NotEmpty().MaximumLength(64);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(200);
    }
}

internal sealed class SignInHandler(IDocumentSession session, Secrets secrets, TimeProvider clock) : IRequestHandler<SignIn, SignInOutcome>
{
    public async Task<SignInOutcome> Handle(SignIn command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var username = SecretRules.Normalize(command.Username);
        var found = await session.Query<Account>().FirstOrDefaultAsync(a => a.Username == username, cancellationToken);
        if (found is null)
        {
            secrets.VerifyDecoy(command.Password);
            session.Insert(new UnknownSignInFailed(Guid.NewGuid(), now, command.ClientAddress, "account"));
            return SignInOutcome.Wrong;
        }

        var stream = await session.Events.FetchForWriting<Account>(found.Id, cancellationToken);
        var account = stream.Aggregate!;
        if (account.Lockout.IsLocked(now))
        {
            return new SignInOutcome(SignInResult.Locked);
        }

        if (!secrets.Verify(account.PasswordHash, command.Password))
        {
            stream.AppendOne(new SignInFailed(account.Id, now, command.ClientAddress));
            if (account.Lockout.LocksAfterNextFailure)
            {
                stream.AppendOne(new LockedOut(account.Id, now + Lockout.Duration));
                return new SignInOutcome(SignInResult.Locked);
            }

            return SignInOutcome.Wrong;
        }

        if (account.Disabled)
        {
            return new SignInOutcome(SignInResult.Disabled);
        }

        stream.AppendOne(new SignedIn(account.Id, now, command.ClientAddress));
        var employer = account.EmployerId is { } employerId ? await session.LoadAsync<Employer>(employerId, cancellationToken) : null;
        return new SignInOutcome(SignInResult.SignedIn, Sessions.For(account, employer?.Status));
    }
}

internal static class SignInEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/auth/sign-in", async (SignIn command, HttpContext http, IServiceScopeFactory scopes, CancellationToken ct) =>
            {
                var outcome = await SignInAttempts.SendAsync(scopes, command with { ClientAddress = http.Connection.RemoteIpAddress?.ToString() }, ct);
                return await outcome.ToHttpAsync(http);
            })
            .AllowAnonymous()
            .RequireRateLimiting(AccessPolicies.SignInLimit)
            .WithName(nameof(SignIn))
            .WithTags("Identity");
}
