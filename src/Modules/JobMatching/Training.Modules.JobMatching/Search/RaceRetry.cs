using JasperFx;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Training.Modules.JobMatching.Search;

/// <summary>
/// Requests that change a listing can lose a race with the relay changing the same listing (a
/// certificate arriving at that moment): optimistic concurrency refuses the later save. Such a
/// request is sent again in a fresh scope, so that the learner or trainer never sees that race.
/// A real conflict (two edits of the same profile, a taken alias) is not retried.
/// </summary>
internal static class RaceRetry
{
    private const int Attempts = 3;

    public static async Task<T> SendAsync<T>(IServiceScopeFactory scopes, IRequest<T> command, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
            }
            catch (Exception e) when (attempt < Attempts && e is ConcurrencyException or DocumentAlreadyExistsException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), cancellationToken);
            }
        }
    }
}
