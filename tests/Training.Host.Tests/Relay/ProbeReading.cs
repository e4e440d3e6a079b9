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

    public static async Task<FlakyReceipt?> FlakyReceipt(this BekalApp app, Guid probeId)
    {
        await using var session = app.Store.QuerySession();
        return await session.LoadAsync<FlakyReceipt>(probeId);
    }
}
