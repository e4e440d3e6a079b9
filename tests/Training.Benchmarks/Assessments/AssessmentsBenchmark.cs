using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Training.Host.Tests.Probes.Ledger;
using Training.Host.Tests.Web;

namespace Training.Benchmarks.Assessments;

/// <summary>
/// A synchronized start: 300 learners of one cohort are released at once to start an attempt,
/// then each saves its answers and submits straight away, over HTTP against the host on Kestrel.
/// The baseline in the same run releases the same 300 clients at once to the probe endpoint,
/// which appends to a new event stream through MediatR and Marten in one request.
/// </summary>
internal static class AssessmentsBenchmark
{
    private const int Learners = 300;
    private const int WarmUpLearners = 5;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync()
    {
        await using var app = new KestrelBekalApp();
        app.With("Identity:InsecureCookies", "true").With("Identity:SignInsPerMinutePerAddress", "100000");
        await app.InitializeAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var timeout = new CancellationTokenSource(Limit);
        var ct = timeout.Token;

        var classroom = await Classroom.CreateAsync(address);
        var warmUp = await classroom.CohortAsync("PAN", WarmUpLearners);
        var learners = await classroom.CohortAsync("BBN", Learners);
        Console.WriteLine($"{Learners} learners released at once over loopback HTTP; {Environment.ProcessorCount} cores");

        // The first requests of each path pay for JIT and connection pools; neither round counts them.
        await RunAsync(warmUp, l => SitAsync(l, new Step("start"), new Step("save"), new Step("submit"), ct));
        await RunAsync(warmUp, l => ProbeAsync(l, new Step("append"), ct));

        var append = new Step("append");
        await RunAsync(learners, l => ProbeAsync(l, append, ct));
        await LedgerCaughtUpAsync(app.Store, WarmUpLearners + Learners, ct);

        var (start, save, submit) = (new Step("start"), new Step("save"), new Step("submit"));
        var sitting = Stopwatch.StartNew();
        await RunAsync(learners, l => SitAsync(l, start, save, submit, ct));
        sitting.Stop();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"all {Learners} sittings (start, save, submit) done {sitting.Elapsed.TotalSeconds:0.0} s after the release"));
        Console.WriteLine(start.Describe());
        Console.WriteLine(save.Describe());
        Console.WriteLine(submit.Describe());
        Console.WriteLine(append.Describe() + "   (baseline: POST /api/probes, one new stream per request)");
        var errors = start.Errors + save.Errors + submit.Errors + append.Errors;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"errors: {errors}; submit throughput / append throughput: {submit.PerSecond / append.PerSecond:0.00}"));
        return errors == 0 ? 0 : 1;
    }

    /// <summary>Holds every learner's task at one gate and opens it when all are waiting.</summary>
    private static async Task RunAsync(IReadOnlyList<Learner> learners, Func<Learner, Task> work)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = learners.Select(async learner =>
        {
            await gate.Task;
            await work(learner);
        }).ToList();
        gate.SetResult();
        await Task.WhenAll(running);
    }

    private static async Task SitAsync(Learner learner, Step start, Step save, Step submit, CancellationToken ct)
    {
        using var started = await start.TimeAsync(() => learner.Client.PostAsync($"/api/enrollments/{learner.EnrollmentId}/attempts", null, ct));
        if (started is null)
        {
            return;
        }

        var attempt = await started.Content.ReadFromJsonAsync<JsonElement>(ct);
        var attemptId = attempt.GetProperty("attemptId").GetGuid();
        using var saved = await save.TimeAsync(() => learner.Client.PutAsJsonAsync($"/api/attempts/{attemptId}/answers", Answers.For(attempt), ct));
        using var submitted = await submit.TimeAsync(() => learner.Client.PostAsync($"/api/attempts/{attemptId}/submit", null, ct));
    }

    private static async Task ProbeAsync(Learner learner, Step append, CancellationToken ct)
    {
        using var response = await append.TimeAsync(() => learner.Client.PostAsJsonAsync("/api/probes", new { stream = Guid.NewGuid() }, ct));
    }

    /// <summary>Waits until the relay has handed every probe's integration event to its consumer, so that work does not fall on the burst.</summary>
    private static async Task LedgerCaughtUpAsync(IDocumentStore store, int probes, CancellationToken ct)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            await using var session = store.QuerySession();
            if (await session.Query<LedgerEntry>().CountAsync(ct) >= probes)
            {
                Console.WriteLine($"relay caught up with the baseline's events in {waited.Elapsed.TotalSeconds:0.0} s");
                return;
            }

            await Task.Delay(100, ct);
        }
    }
}
