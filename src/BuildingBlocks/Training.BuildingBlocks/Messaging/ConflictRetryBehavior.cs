using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Errors;

namespace Training.BuildingBlocks.Messaging;

/// <summary>
/// The one place a command is tried again when it lost a race (see <see cref="Conflicts"/>): someone
/// saved the same record or stream between its reads and its save. Each further attempt runs in a scope
/// and session of its own (the unit of work empties the failed one); it decides again on what
/// the winner stored. After <see cref="Attempts"/> the conflict stands and is answered 409.
/// </summary>
internal sealed class ConflictRetryBehavior<TRequest, TResponse>(IServiceScopeFactory scopes, CommandScope scope)
    : IPipelineBehavior<TRequest, TResponse>
{
    public const int Attempts = 4;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse> command || scope.Retried)
        {
            return await next();
        }

        scope.Retried = true;
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return attempt == 1 ? await next() : await SendInFreshScopeAsync(command, cancellationToken);
                }
                catch (Exception e) when (attempt < Attempts && Conflicts.IsConflict(e))
                {
                    // Apart, so that the racers do not meet again at once.
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 40) * attempt), cancellationToken);
                }
            }
        }
        finally
        {
            scope.Retried = false;
        }
    }

    private async Task<TResponse> SendInFreshScopeAsync(ICommand<TResponse> command, CancellationToken cancellationToken)
    {
        await using var fresh = scopes.CreateAsyncScope();
        fresh.ServiceProvider.GetRequiredService<CommandScope>().Retried = true;
        return await fresh.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
    }
}

/// <summary>
/// Whether the commands sent in a scope are already tried again by something around them: a retry of
/// <see cref="ConflictRetryBehavior{TRequest, TResponse}"/> itself, a command a handler sends, or a relay
/// delivery, which tries the whole delivery again in a scope of its own.
/// </summary>
internal sealed class CommandScope
{
    public bool Retried { get; set; }
}
