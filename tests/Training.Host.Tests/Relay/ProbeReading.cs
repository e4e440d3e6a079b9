using Marten;
using Training.Host.Tests.Probes.Flaky;
using Training.Host.Tests.Probes.Ledger;
using Training.Testing;

namespace Training.Host.Tests.Relay;

/// <summary>What the test consumers have recorded, read straight from their schemas.</summary>
internal static class ProbeReading
{
    public static async Task<LedgerEntry?> LedgerEntry(this BekalApp app, Guid probeId)
    {
        await using var session = app.Store.QuerySession();
        return await session.LoadAsync<LedgerEntry>(probeId);
    }

    public static async Task<IReadOnlyList<LedgerEntry>> LedgerEntries(this BekalApp app)
    {
        await using var session = app.Store.QuerySession();
        return await session.Query<LedgerEntry>().ToListAsync();
    }

    public static async Task<IReadOnlyList<LedgerStream>> LedgerStreams(this BekalApp app)
    {
        await using var session = app.Store.QuerySession();
        return await session.Query<LedgerStream>().ToListAsync();
    }

    /// <summary>The last event sequence the ledger's inbox has been given (its checkpoint), 0 before its first page.</summary>
    public static async Task<long> LedgerCheckpoint(this BekalApp app)
    {
        var progress = await app.Store.Advanced.AllProjectionProgress();
        return progress.SingleOrDefault(p => p.ShardName.StartsWith("LedgerInbox", StringComparison.Ordinal))?.Sequence ?? 0;
    }

    /// <summary>The sequence of the newest event of a probe stream.</summary>
    public static async Task<long> LastSequenceOf(this BekalApp app, Guid stream)
    {
        await using var session = app.Store.QuerySession();
        return (await session.Events.FetchStreamAsync(stream)).Max(e => e.Sequence);
    }

    public static async Task<FlakyReceipt?> FlakyReceipt(this BekalApp app, Guid probeId)
    {
        await using var session = app.Store.QuerySession();
        return await session.LoadAsync<FlakyReceipt>(probeId);
    }
}
