using Marten;
using Marten.Patching;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.Modules.Identity.Access;

namespace Training.Modules.Identity.Accounts;

/// <summary>Signing out ends the session's record at once: a copy of the cookie opens nothing afterwards.</summary>
internal sealed record EndSession(Guid? SessionId) : ICommand<Unit>;

internal sealed class EndSessionHandler(IDocumentSession session, TimeProvider clock) : IRequestHandler<EndSession, Unit>
{
    public Task<Unit> Handle(EndSession command, CancellationToken cancellationToken)
    {
        if (command.SessionId is { } id)
        {
            session.Patch<UserSession>(id).Set(s => s.EndedAt, clock.GetUtcNow());
        }

        return Task.FromResult(Unit.Value);
    }
}

internal static class SignOutEndpoint
{
    /// <summary>Ends the caller's session and removes its cookie; the pages' sign-out does the same.</summary>
    public static async Task SignOutAsync(HttpContext http, IMediator mediator)
    {
        await mediator.Send(new EndSession(Sessions.IdOf(http.User)), http.RequestAborted);
        await http.SignOutAsync(Sessions.Scheme);
    }

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/auth/sign-out", async (HttpContext http, IMediator mediator) =>
            {
                await SignOutAsync(http, mediator);
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .WithName("SignOut")
            .WithTags("Identity");
}
