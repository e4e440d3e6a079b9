using System.Diagnostics;
using System.Globalization;
using Marten.Events;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Training.Modules.Courses.Courses;
using Training.Testing;

namespace Training.Benchmarks.Catalog;

/// <summary>
/// Catalog search on a loaded platform: the production path (MediatR, validation, Marten LINQ,
/// each query in its own DI scope as a request would be) against the same search in raw SQL
/// through Npgsql, in the same process on the same database. Rounds alternate between the two
/// paths, so that load from elsewhere on the machine falls on both.
/// </summary>
internal static class CatalogBenchmark
{
    private const int Workers = 8;
    private const int Rounds = 3;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync()
    {
        await using var app = new BekalApp();
        await app.InitializeAsync();
        await using var dataSource = NpgsqlDataSource.Create(app.ConnectionString);
        await LoadAsync(app, dataSource);

        var raw = new RawCatalogSearch(dataSource);
        Task<CatalogPage> Production(CatalogQuery query) => SearchThroughMediatorAsync(app.Services, query);
        await EnsureSameAnswersAsync(Production, raw.SearchAsync);

        Console.WriteLine(Invariant($"{Workers} workers, {CatalogQuery.Mix.Count} queries in a fixed mix, {WarmUp.TotalSeconds:0} s warm-up, ")
            + Invariant($"then {Rounds} rounds of {Round.TotalSeconds:0} s per path, alternating; {Environment.ProcessorCount} cores"));
        await Throughput.MeasureAsync(Production, Workers, WarmUp);
        await Throughput.MeasureAsync(raw.SearchAsync, Workers, WarmUp);
        var productionRounds = new List<Throughput>();
        var rawRounds = new List<Throughput>();
        for (var round = 0; round < Rounds; round++)
        {
            var productionFirst = round % 2 == 0;
            if (productionFirst)
            {
                productionRounds.Add(await Throughput.MeasureAsync(Production, Workers, Round));
            }

            rawRounds.Add(await Throughput.MeasureAsync(raw.SearchAsync, Workers, Round));
            if (!productionFirst)
            {
                productionRounds.Add(await Throughput.MeasureAsync(Production, Workers, Round));
            }
        }

        var production = Throughput.Combine(productionRounds);
        var baseline = Throughput.Combine(rawRounds);
        Console.WriteLine(production.Describe("production (MediatR + Marten LINQ)"));
        Console.WriteLine(baseline.Describe("raw SQL (Npgsql)"));
        var ratio = production.PerSecond / baseline.PerSecond;
        Console.WriteLine(Invariant($"throughput ratio production/raw: {ratio:0.00} (target at least 0.50: {(ratio >= 0.5 ? "met" : "missed")})"));
        return 0;
    }

    private static async Task LoadAsync(BekalApp app, NpgsqlDataSource dataSource)
    {
        Console.WriteLine(Invariant($"Loading {CatalogData.Courses:N0} published courses and {CatalogData.Enrolments:N0} enrolments ")
            + Invariant($"({CatalogData.Facilities} facilities x {CatalogData.CohortsPerFacility} cohorts x {CatalogData.SeatsPerCohort} seats)"));
        var timer = Stopwatch.StartNew();
        var courseIds = await CatalogData.LoadCoursesAsync(app.Store);
        var courses = timer.Elapsed;
        await CatalogData.LoadEnrolmentsAsync(app.Store, courseIds);
        var enrolments = timer.Elapsed - courses;

        // Statistics now, as after any bulk load, rather than whenever autovacuum gets to them mid-run.
        await using (var analyze = dataSource.CreateCommand("analyze"))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        var loaded = timer.Elapsed;
        await app.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromMinutes(5));
        Console.WriteLine(Invariant($"load: {loaded.TotalSeconds:0.0} s (courses {courses.TotalSeconds:0.0} s, enrolments {enrolments.TotalSeconds:0.0} s, ")
            + Invariant($"analyze {(loaded - courses - enrolments).TotalSeconds:0.0} s); relay caught up {(timer.Elapsed - loaded).TotalSeconds:0.0} s later"));
    }

    private static async Task<CatalogPage> SearchThroughMediatorAsync(IServiceProvider services, CatalogQuery query)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SearchCatalog(query.Q, query.Category, query.Page));
    }

    /// <summary>Both paths must give the same page for every query of the mix, and every query must find something.</summary>
    private static async Task EnsureSameAnswersAsync(Func<CatalogQuery, Task<CatalogPage>> production, Func<CatalogQuery, Task<CatalogPage>> raw)
    {
        var found = new List<string>();
        foreach (var query in CatalogQuery.Mix)
        {
            var expected = await production(query);
            var actual = await raw(query);
            if (expected.Items.Count == 0 || !expected.Items.SequenceEqual(actual.Items) || expected.HasMore != actual.HasMore)
            {
                throw new InvalidOperationException(Invariant(
                    $"{query}: production found {expected.Items.Count} (more: {expected.HasMore}), raw SQL {actual.Items.Count} (more: {actual.HasMore})"));
            }

            found.Add(expected.Items.Count + (expected.HasMore ? "+" : ""));
        }

        Console.WriteLine($"Both paths give the same pages; items per query: {string.Join(" ", found)}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
