using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.Modules.Identity.Access;
using Training.Modules.Identity.Accounts;
using Training.Modules.Identity.Facilities;

namespace Training.Modules.Identity.Learners;

/// <summary>Learners sign in with their facility's code, their learner number and their PIN: no email needed.</summary>
internal sealed record LearnerSignIn(string FacilityCode, string LearnerNumber, string Pin) : ICommand<SignInOutcome>
{
    public string? ClientAddress { get; init; }
}

internal sealed class LearnerSignInValidator : AbstractValidator<LearnerSignIn>
{
    public LearnerSignInValidator()
    {
        RuleFor(x => x.FacilityCode).NotEmpty().MaximumLength(32);
        RuleFor(x => x.LearnerNumber).NotEmpty().MaximumLength(32);
        RuleFor(x => x.Pin).NotEmpty().MaximumLength(32);
    }
}

/// <summary>An unknown number, a wrong PIN and a locked learner take the same path and get the same answer (see <see cref="SignInHandler"/>).</summary>
internal sealed class LearnerSignInHandler(IDocumentSession session, Secrets secrets, AddressThrottle throttle, TimeProvider clock)
    : IRequestHandler<LearnerSignIn, SignInOutcome>
{
    public async Task<SignInOutcome> Handle(LearnerSignIn command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await throttle.WaitAsync(command.ClientAddress, now, cancellationToken) is { } wait)
        {
            return SignInOutcome.Throttled(wait);
        }

        var code = command.FacilityCode.Trim().ToUpperInvariant();
        var number = command.LearnerNumber.Trim();
        var facility = await session.Query<Facility>().FirstOrDefaultAsync(f => f.Code == code, cancellationToken);
        var found = facility is null
            ? null
            : await session.Query<Learner>().FirstOrDefaultAsync(l => l.FacilityId == facility.Id && l.LearnerNumber == number, cancellationToken);
        if (found is null)
        {
            secrets.VerifyDecoy(command.Pin);
            session.Insert(new UnknownSignInFailed(Guid.NewGuid(), now, command.ClientAddress, "learner"));
            throttle.Failed(command.ClientAddress, now);
            return SignInOutcome.Wrong;
        }

        var stream = await session.Events.FetchForWriting<Learner>(found.Id, cancellationToken);
        var learner = stream.Aggregate!;
        if (learner.Lockout.IsLocked(now))
        {
            secrets.VerifyDecoy(command.Pin);
            throttle.Failed(command.ClientAddress, now);
            return SignInOutcome.Wrong;
        }

        if (!secrets.Verify(learner.PinHash, command.Pin))
        {
            stream.AppendOne(new LearnerSignInFailed(learner.Id, now, command.ClientAddress));
            if (learner.Lockout.LocksAfterNextFailure)
            {
                stream.AppendOne(new LearnerLockedOut(learner.Id, now + Lockout.Duration));
            }

            throttle.Failed(command.ClientAddress, now);
            return SignInOutcome.Wrong;
        }

        stream.AppendOne(new LearnerSignedIn(learner.Id, now, command.ClientAddress));
        var sessionId = UserSession.Open(session, learner.Id, learner: true, now);
        return new SignInOutcome(SignInResult.SignedIn, Sessions.For(learner, sessionId));
    }
}

internal static class LearnerSignInEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/auth/learner-sign-in", async (LearnerSignIn command, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var outcome = await mediator.Send(command with { ClientAddress = http.Connection.RemoteIpAddress?.ToString() }, ct);
                return await outcome.ToHttpAsync(http);
            })
            .AllowAnonymous()
            .RequireRateLimiting(AccessPolicies.SignInLimit)
            .WithName(nameof(LearnerSignIn))
            .WithTags("Identity");
}
