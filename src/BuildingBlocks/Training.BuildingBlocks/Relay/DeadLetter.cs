namespace Training.BuildingBlocks.Relay;

/// <summary>An integration event that one handler kept failing on; parked for an admin to retry.</summary>
internal sealed record DeadLetter(
    Guid Id,
    string Module,
    string Handler,
    string EventType,
    Guid EventId,
    long Sequence,
    int Attempts,
    string Error,
    DateTimeOffset FailedAt)
{
    /// <summary>One dead letter per handler and event: failing again after a retry updates it.</summary>
    public static Guid IdFor(Type handler, Guid eventId) => StableGuid.From(InboxEntry.KeyFor(handler, eventId));
}
