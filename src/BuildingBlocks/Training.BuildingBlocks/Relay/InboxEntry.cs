namespace Training.BuildingBlocks.Relay;

/// <summary>
/// Proof that one handler has applied one integration event. Written in the same save as the
/// handler's own changes, so a second delivery of the event is skipped: at-least-once delivery,
/// exactly-once effect.
/// </summary>
internal sealed record InboxEntry(string Id, DateTimeOffset AppliedAt)
{
    public static string KeyFor(Type handler, Guid eventId) => $"{handler.FullName}/{eventId:N}";
}
