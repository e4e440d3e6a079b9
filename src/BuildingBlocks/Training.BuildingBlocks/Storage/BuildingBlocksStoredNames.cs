using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Relay;

namespace Training.BuildingBlocks.Storage;

/// <summary>The documents the building blocks store (the relay's inbox and dead letters, idempotency keys), under today's names.</summary>
public static class BuildingBlocksStoredNames
{
    public static StoredNames All { get; } = new StoredNames()
        .Document<InboxEntry>("inboxentry")
        .Document<DeadLetter>("deadletter")
        .Document<IdempotencyRecord>("idempotencyrecord");
}
