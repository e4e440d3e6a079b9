using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Marten.Events;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Training.Benchmarks.Catalog;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Profiles;
using Training.Modules.JobMatching.Search;
using Training.Testing;

namespace Training.Benchmarks.JobMatching;

/// <summary>
/// Graduate search on 300,000 profiles, per typical filter combination: the production path (MediatR,
/// validation, the module's ranking SQL through Marten, each query in its own DI scope as a request
/// would be) against the same search in hand-written SQL through Npgsql, in the same process on the
/// same database, rounds alternating: throughput at saturation, and latency at a fixed arrival rate
/// (a closed loop's latency is its number of workers over its throughput, a figure the script would
/// choose). Each production search runs as a signed-in employer would, so it also records the cards it
/// shows (the disclosures of the page, one statement committed by the unit of work); the raw SQL does not.
/// </summary>
internal static class JobMatchingBenchmark
{
    private const int Workers = 8;

    // Search load the platform expects at its busiest is a few queries a second nationwide; 40 per
    // second per combination is several times that and about half of what the machine can answer.
    private const double Rate = 40;
    private const int Rounds = 3;
    private const double P95TargetMs = 100;
    private const double RatioTarget = 0.5;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync()
    {
        await using var app = new BekalApp();
        await app.InitializeAsync();
        await using var dataSource = NpgsqlDataSource.Create(app.ConnectionString);
        var now = DateTimeOffset.UtcNow;
        await LoadAsync(app, dataSource, now);

        var thisMonth = Months.Current(now);
        var raw = new RawGraduateSearch(dataSource, thisMonth);
        var queries = GraduateQuery.Typical(thisMonth);
        await EnsureSameAnswersAsync(app.Services, raw, queries);

        Console.WriteLine(Invariant($"per combination {WarmUp.TotalSeconds:0} s warm-up, then {Rounds} rounds of {Round.TotalSeconds:0} s per path at saturation ")
            + Invariant($"and {Rounds} at {Rate:0} queries/s, alternating; {Environment.ProcessorCount} cores"));
        foreach (var query in queries)
        {
            await MeasureAsync(query, _ => SearchThroughMediatorAsync(app.Services, query), _ => raw.SearchAsync(query));
        }

        DescribeMemory();
        return 0;
    }

    private static async Task LoadAsync(BekalApp app, NpgsqlDataSource dataSource, DateTimeOffset now)
    {
        Console.WriteLine(Invariant($"Loading {GraduateData.Graduates:N0} graduate profiles with their listings"));
        var timer = Stopwatch.StartNew();
        await GraduateData.LoadAsync(app.Store, now);
        var loaded = timer.Elapsed;

        // Statistics and the visibility map now, as after any bulk load, rather than whenever autovacuum
        // gets to them mid-run: index-only scans skip the table only on pages marked all-visible.
        await using (var vacuum = dataSource.CreateCommand("vacuum analyze"))
        {
            await vacuum.ExecuteNonQueryAsync();
        }

        var analyzed = timer.Elapsed;
        await app.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(5));
        Console.WriteLine(Invariant($"load: {loaded.TotalSeconds:0.0} s; vacuum analyze {(analyzed - loaded).TotalSeconds:0.0} s; ")
            + Invariant($"relay caught up {(timer.Elapsed - analyzed).TotalSeconds:0.0} s later"));
    }

    private static async Task MeasureAsync(GraduateQuery query, Func<int, Task> production, Func<int, Task> raw)
    {
        await Throughput.MeasureAsync(production, Workers, WarmUp);
        await Throughput.MeasureAsync(raw, Workers, WarmUp);
        var (saturated, saturatedRaw) = await AlternateAsync(production, raw, path => Throughput.MeasureAsync(path, Workers, Round));
        var (paced, pacedRaw) = await AlternateAsync(production, raw, path => Throughput.AtRateAsync(path, Rate, Round));

        var ratio = saturated.PerSecond / saturatedRaw.PerSecond;
        var p95 = paced.Percentile(0.95);
        Console.WriteLine(query.Label);
        Console.WriteLine(Invariant($"  at saturation, {Workers} workers each sending its next query when the last one returns:"));
        Console.WriteLine("    " + saturated.Describe("production (MediatR + Ranking SQL)"));
        Console.WriteLine("    " + saturatedRaw.Describe("raw SQL (Npgsql)"));
        Console.WriteLine(Invariant($"  at {Rate:0} queries/s arriving on schedule, latency counted from the scheduled start:"));
        Console.WriteLine("    " + paced.Describe("production (MediatR + Ranking SQL)"));
        Console.WriteLine("    " + pacedRaw.Describe("raw SQL (Npgsql)"));
        Console.WriteLine(Invariant($"  production p95 at {Rate:0} queries/s {p95:0.0} ms (target under {P95TargetMs:0} ms: {Verdict(p95 < P95TargetMs)}); ")
            + Invariant($"throughput ratio production/raw at saturation {ratio:0.00} (target at least {RatioTarget:0.00}: {Verdict(ratio >= RatioTarget)})"));
    }

    /// <summary>Rounds of both paths, alternating which goes first, so that drifts of a shared machine fall on both.</summary>
    private static async Task<(Throughput Production, Throughput Raw)> AlternateAsync(
        Func<int, Task> production, Func<int, Task> raw, Func<Func<int, Task>, Task<Throughput>> measure)
    {
        var productionRounds = new List<Throughput>();
        var rawRounds = new List<Throughput>();
        for (var round = 0; round < Rounds; round++)
        {
            var (first, second, firstRounds, secondRounds) = round % 2 == 0
                ? (production, raw, productionRounds, rawRounds)
                : (raw, production, rawRounds, productionRounds);
            firstRounds.Add(await measure(first));
            secondRounds.Add(await measure(second));
        }

        return (Throughput.Combine(productionRounds), Throughput.Combine(rawRounds));
    }

    private static readonly ClaimsPrincipal Employer = new(new ClaimsIdentity(
        [new(BekalClaims.UserId, Guid.NewGuid().ToString()), new(BekalClaims.Role, Roles.Employer), new(BekalClaims.EmployerId, Guid.NewGuid().ToString())],
        "benchmark"));

    private static async Task<GraduatePage> SearchThroughMediatorAsync(IServiceProvider services, GraduateQuery query)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = Employer };
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query.Request());
    }

    /// <summary>Both paths must give the same page (the same cards in the same order, scores and total), and it must not be empty.</summary>
    private static async Task EnsureSameAnswersAsync(IServiceProvider services, RawGraduateSearch raw, IEnumerable<GraduateQuery> queries)
    {
        foreach (var query in queries)
        {
            var expected = await SearchThroughMediatorAsync(services, query);
            var actual = await raw.SearchAsync(query);
            if (expected.Items.Count == 0 || JsonSerializer.Serialize(expected) != JsonSerializer.Serialize(actual))
            {
                throw new InvalidOperationException(Invariant(
                    $"{query.Label}: production found {expected.Items.Count} of {expected.Total}, raw SQL {actual.Items.Count} of {actual.Total}, or other cards"));
            }

            Console.WriteLine(Invariant($"{query.Label}: both paths give the same page of {expected.Items.Count} of {expected.Total:N0} found"));
        }
    }

    private static void DescribeMemory()
    {
        var info = GC.GetGCMemoryInfo();
        const double MiB = 1024 * 1024;
        Console.WriteLine(Invariant($"memory of the host after the run (benchmark in the same process): working set {Environment.WorkingSet / MiB:0} MiB, ")
            + Invariant($"GC heap {GC.GetTotalMemory(false) / MiB:0} MiB in use, {info.HeapSizeBytes / MiB:0} MiB heap size, ")
            + Invariant($"{info.TotalCommittedBytes / MiB:0} MiB committed; gen0/1/2 collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
    }

    private static string Verdict(bool met) => met ? "met" : "missed";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
