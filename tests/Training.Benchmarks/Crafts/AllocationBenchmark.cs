using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Marten;
using Npgsql;
using Training.BuildingBlocks.Contracts;
using Training.Host.Tests.Probes.Contracts;
using Training.Modules.Crafts.Contracts;
using Training.Modules.Crafts.Sales;
using Training.Modules.Crafts.Stock;
using Training.Testing;

namespace Training.Benchmarks.Crafts;

/// <summary>
/// Allocating sales: completed sales are appended as recording a sale appends them (a sale stream with SaleRecorded
/// and SaleCompletedIntegrationEvent, each line drawn from a real batch with two makers) while the relay is stopped;
/// then only the Crafts module's inbox is started and timed until it has handled the last one: each sale divided by
/// its facility's rule and every maker's premi ledger credited. Measured for 1,000 sales and for the full count,
/// and against the baseline in the same process: the relay delivering the same number of events to the probe
/// consumer (one load and one insert per event, the relay's own cost per delivery).
/// </summary>
internal static class AllocationBenchmark
{
    private const int Facilities = 10;
    private const int ProductsPerFacility = 30;
    private const int SalesPerSession = 1_000;
    private const int Writers = 2;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(60);

    public static async Task<int> RunAsync(int sales)
    {
        await using var app = new BekalApp().With("Marten:DaemonMode", "Disabled");
        await app.InitializeAsync();
        var admin = await app.AdminAsync();
        var stalls = new List<(Guid FacilityId, IReadOnlyList<StockedProduct> Products)>();
        for (var f = 0; f < Facilities; f++)
        {
            var facilityId = await app.FacilityAsync();
            (await admin.PutAsJsonAsync($"/api/crafts/allocation-rules/{facilityId}",
                new { premiPercent = 50, pnbpPercent = 30, capitalPercent = 20, effectiveFrom = new DateOnly(2025, 1, 1), legalBasis = "Keputusan Kepala Kantor Wilayah" })).EnsureSuccessStatusCode();
            stalls.Add((facilityId, await CraftsData.StockStallAsync(app.Store, f, facilityId, ProductsPerFacility, 1_000_000)));
        }

        await using var dataSource = NpgsqlDataSource.Create(app.ConnectionString);
        Console.WriteLine(Invariant($"{Facilities} facilities x {ProductsPerFacility} products, 1-3 lines a sale, 2 makers a batch; only the inbox measured runs; {Environment.ProcessorCount} cores"));
        var inbox = "CraftsInbox:All";

        // The rules' own events, and JIT: not measured.
        await AppendSalesAsync(app.Store, stalls, 200, 0);
        await DrainAsync(app.Store, dataSource, inbox);

        var few = await MeasureAsync(app.Store, dataSource, inbox, 1_000, () => AppendSalesAsync(app.Store, stalls, 1_000, 1));
        var many = await MeasureAsync(app.Store, dataSource, inbox, sales, () => AppendSalesAsync(app.Store, stalls, sales, 2));
        var probes = await MeasureAsync(app.Store, dataSource, "LedgerInbox:All", sales, () => AppendProbesAsync(app.Store, sales));

        Console.WriteLine(Invariant($"{"what",-46} {"events",8} {"seconds",8} {"events/s",9}"));
        Console.WriteLine(few.Describe("allocation, 1,000 sales"));
        Console.WriteLine(many.Describe(Invariant($"allocation, {sales:N0} sales")));
        Console.WriteLine(probes.Describe(Invariant($"baseline: relay to probe handler, {sales:N0} events")));
        Console.WriteLine(Invariant($"allocation / relay baseline: {many.PerSecond / probes.PerSecond:0.00}; ")
            + Invariant($"{sales:N0} sales / 1,000 sales: {many.PerSecond / few.PerSecond:0.00}"));
        return 0;
    }

    private sealed record Rate(int Events, TimeSpan Elapsed)
    {
        public double PerSecond => Events / Elapsed.TotalSeconds;

        public string Describe(string what) => Invariant($"{what,-46} {Events,8} {Elapsed.TotalSeconds,8:0.0} {PerSecond,9:0.0}");
    }

    /// <summary>Appends with the relay stopped, then times the one inbox from its start until it has passed the last event.</summary>
    private static async Task<Rate> MeasureAsync(IDocumentStore store, NpgsqlDataSource dataSource, string shard, int events, Func<Task> append)
    {
        await append();
        var timer = Stopwatch.StartNew();
        await DrainAsync(store, dataSource, shard);
        return new Rate(events, timer.Elapsed);
    }

    private static async Task DrainAsync(IDocumentStore store, NpgsqlDataSource dataSource, string shard)
    {
        using var timeout = new CancellationTokenSource(Limit);
        var last = await ScalarAsync(dataSource, "select coalesce(max(seq_id), 0) from events.mt_events");
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.StartAgentAsync(shard, timeout.Token);
        while (await ScalarAsync(dataSource, $"select coalesce(max(last_seq_id), 0) from events.mt_event_progression where name = '{shard}'") < last)
        {
            await Task.Delay(100, timeout.Token);
        }

        await daemon.StopAllAsync();
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Sales as recording one appends them: at a random stall, one to three of its products, one or two units each from the product's batch.</summary>
    private static Task AppendSalesAsync(IDocumentStore store, IReadOnlyList<(Guid FacilityId, IReadOnlyList<StockedProduct> Products)> stalls, int sales, int seed) =>
        Parallel.ForEachAsync(Enumerable.Range(0, (sales + SalesPerSession - 1) / SalesPerSession), new ParallelOptions { MaxDegreeOfParallelism = Writers }, async (chunk, ct) =>
        {
            var random = new Random((seed * 100_000) + chunk);
            var at = new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero).AddMinutes(chunk);
            await using var session = store.LightweightSession();
            for (var s = chunk * SalesPerSession; s < Math.Min(sales, (chunk + 1) * SalesPerSession); s++)
            {
                var (facilityId, products) = stalls[random.Next(stalls.Count)];
                var lines = products.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(p => (Product: p, Units: random.Next(1, 3))).ToList();
                var saleId = Guid.NewGuid();
                var by = Guid.NewGuid();
                session.Events.StartStream<Sale>(saleId,
                    new SaleRecorded(saleId, facilityId, StockLedger.Gallery, PaymentMethod.Cash, null,
                        [.. lines.Select(l => new SaleLine(l.Product.Id, "Produk", l.Units, new Rupiah(l.Product.Price)))], by, at),
                    new SaleCompletedIntegrationEvent(saleId, facilityId, SaleChannel.Bazaar, at,
                        [.. lines.Select(l => new SoldLine(l.Product.Id, "Weaving", l.Units, new Rupiah(l.Product.Price), [new SoldFromBatch(l.Product.BatchId, l.Units, new Rupiah(8_000L * l.Units))]))]));
            }

            await session.SaveChangesAsync(ct);
        });

    /// <summary>Probe events as the probe producer sends them, each on a stream of its own.</summary>
    private static Task AppendProbesAsync(IDocumentStore store, int count) =>
        Parallel.ForEachAsync(Enumerable.Range(0, (count + SalesPerSession - 1) / SalesPerSession), new ParallelOptions { MaxDegreeOfParallelism = Writers }, async (chunk, ct) =>
        {
            await using var session = store.LightweightSession();
            for (var n = chunk * SalesPerSession; n < Math.Min(count, (chunk + 1) * SalesPerSession); n++)
            {
                var stream = Guid.NewGuid();
                session.Events.StartStream(stream, new ProbeSentIntegrationEvent(Guid.NewGuid(), stream, 1, 0, false));
            }

            await session.SaveChangesAsync(ct);
        });

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
