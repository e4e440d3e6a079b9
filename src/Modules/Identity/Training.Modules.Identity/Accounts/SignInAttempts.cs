using JasperFx;
using JasperFx.Events;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Messaging;

namespace Training.Modules.Identity.Accounts;

/// <summary>
/// Sends a sign-in, and sends it again when it lost a race with another sign-in of the same
/// person (a double tap on a slow tablet): both append to the person's stream and the later
/// save fails its version check. The person could do nothing about such a conflict. Each try
/// has a scope of its own, because a failed save leaves its operations in the session.
/// </summary>
internal static class SignInAttempts
{
    private const int MaxTries = 3;

    public static async Task<SignInOutcome> SendAsync(IServiceScopeFactory scopes, ICommand<SignInOutcome> command, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
            }
            catch (Exception e) when (attempt < MaxTries && e is EventStreamUnexpectedMaxEventIdException or ConcurrencyException)
            {
                // The other sign-in is stored now; the next try decides on the state it left.
            }
        }
    }
}
