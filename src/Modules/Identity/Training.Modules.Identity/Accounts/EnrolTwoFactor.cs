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

/// <summary>
/// An admin or officer starts enrolling an authenticator app: a new key, shown as an <c>otpauth://</c>
/// link and as text. Sign-in asks for codes only once a code has confirmed it (<see cref="ConfirmTwoFactor"/>).
/// </summary>
internal sealed record EnrolTwoFactor : ICommand<TwoFactorEnrolment>;

internal sealed record TwoFactorEnrolment(string Key, string Uri);

internal sealed class EnrolTwoFactorHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<EnrolTwoFactor, TwoFactorEnrolment>
{
    public async Task<TwoFactorEnrolment> Handle(EnrolTwoFactor command, CancellationToken cancellationToken)
    {
        var id = user.Id ?? throw new NotFound("account", "anonymous");
        var stream = await session.Events.FetchForWriting<Account>(id, cancellationToken);
        var account = stream.Aggregate ?? throw new NotFound("account", id);
        if (account.TwoFactor.Enabled)
        {
            throw new RuleBroken("two-factor.already-enabled", isConflict: true);
        }

        var key = TwoFactorCodes.NewKey();
        stream.AppendOne(new TwoFactorEnrolmentStarted(id, key, clock.GetUtcNow()));
        return new TwoFactorEnrolment(key, TwoFactorCodes.Uri(key, account.Username));
    }
}

internal static class EnrolTwoFactorEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/me/two-factor", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new EnrolTwoFactor(), ct)))
            .RequireAuthorization(AccessPolicies.AdminOrOfficer)
            .WithMetadata(new OpenWhileStepPendingAttribute())
            .WithName(nameof(EnrolTwoFactor))
            .WithTags("Identity");
}
