namespace Training.BuildingBlocks.Relay;

/// <summary>
/// The integration event being delivered in the current scope. Handlers that create
/// records from an event can derive their ids from <see cref="EventId"/> to stay idempotent
/// beyond the inbox (for example work handed to Hangfire).
/// </summary>
public sealed class IntegrationEventContext
{
    public Guid EventId { get; internal set; }

    public long Sequence { get; internal set; }

    public DateTimeOffset CommittedAt { get; internal set; }
}
