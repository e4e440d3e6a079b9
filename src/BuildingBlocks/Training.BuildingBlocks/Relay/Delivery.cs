using System.Collections.Concurrent;
using JasperFx;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Training.BuildingBlocks.Messaging;

namespace Training.BuildingBlocks.Relay;

/// <summary>Delivers one stored integration event to one handler, in a scope and session of its own.</summary>
internal sealed partial class Delivery(
    IServiceScopeFactory scopes,
    IOptions<RelayOptions> options,
    TimeProvider clock,
    ILogger<Delivery> logger)
{
    private readonly ConcurrentDictionary<Type, HandlerInvoker> _invokers = new();

    /// <summary>Tries up to <paramref name="maxAttempts"/> times; returns the last failure, or null once delivered.</summary>
    public async Task<Exception?> DeliverAsync(HandlerRoute route, IEvent stored, int maxAttempts, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await DeliverOnceAsync(route, stored, cancellationToken);
                return null;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                AttemptFailed(logger, route.HandlerType.Name, route.EventType.Name, stored.Sequence, attempt, e);
                if (attempt >= maxAttempts)
                {
                    return e;
                }

                await Task.Delay(options.Value.RetryDelay * attempt, clock, cancellationToken);
            }
        }
    }

    private async Task DeliverOnceAsync(HandlerRoute route, IEvent stored, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        var key = InboxEntry.KeyFor(route.HandlerType, stored.Id);
        if (await session.LoadAsync<InboxEntry>(key, cancellationToken) is not null)
        {
            return;
        }

        // A command a handler sends is not tried again on its own: the whole delivery is, in a fresh scope.
        scope.ServiceProvider.GetRequiredService<CommandScope>().Retried = true;
        var context = scope.ServiceProvider.GetRequiredService<IntegrationEventContext>();
        context.EventId = stored.Id;
        context.Sequence = stored.Sequence;
        context.CommittedAt = stored.Timestamp;

        // Recorded first, so that it commits with whatever the handler saves, even through a command.
        session.Insert(new InboxEntry(key, clock.GetUtcNow()));
        var invoker = _invokers.GetOrAdd(route.EventType, HandlerInvoker.For);
        await invoker.InvokeAsync(scope.ServiceProvider, route.HandlerType, stored.Data, cancellationToken);
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (DocumentAlreadyExistsException)
        {
            // A concurrent delivery of the same event won: its effect stands, ours is dropped.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Handler} failed on {EventType} #{Sequence} (attempt {Attempt})")]
    private static partial void AttemptFailed(ILogger logger, string handler, string eventType, long sequence, int attempt, Exception error);
}
