using System.Diagnostics;
using System.Globalization;

namespace Training.Benchmarks.Catalog;

/// <summary>Completed queries and their latencies (ms, sorted) over the time the workers ran.</summary>
internal sealed record Throughput(double[] LatenciesMs, TimeSpan Elapsed)
{
    public double PerSecond => LatenciesMs.Length / Elapsed.TotalSeconds;

    public double Percentile(double p) => LatenciesMs[(int)Math.Ceiling(p * LatenciesMs.Length) - 1];

    /// <summary>Runs the workers through the query mix for a fixed time, each starting at a different query.</summary>
    public static Task<Throughput> MeasureAsync(Func<CatalogQuery, Task> search, int workers, TimeSpan duration) =>
        MeasureAsync(next => search(CatalogQuery.Mix[next % CatalogQuery.Mix.Count]), workers, duration);

    /// <summary>Runs the workers for a fixed time; each step gets a running number, each worker starting at its own.</summary>
    public static async Task<Throughput> MeasureAsync(Func<int, Task> step, int workers, TimeSpan duration)
    {
        var started = Stopwatch.GetTimestamp();
        var perWorker = await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            var latencies = new List<double>();
            for (var next = worker; Stopwatch.GetElapsedTime(started) < duration; next++)
            {
                var sent = Stopwatch.GetTimestamp();
                await step(next);
                latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            }

            return latencies;
        }));
        return new([.. perWorker.SelectMany(l => l).Order()], Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// Starts steps at a fixed rate whether or not earlier ones have finished, as independent users
    /// send them (an open loop). Each latency runs from the moment its step was due, so a path that
    /// falls behind pays for its queue.
    /// </summary>
    public static async Task<Throughput> AtRateAsync(Func<int, Task> step, double perSecond, TimeSpan duration)
    {
        var latencies = new double[(int)(perSecond * duration.TotalSeconds)];
        var running = new List<Task>(latencies.Length);
        var started = Stopwatch.GetTimestamp();
        for (var next = 0; next < latencies.Length; next++)
        {
            var due = TimeSpan.FromSeconds(next / perSecond);
            var early = due - Stopwatch.GetElapsedTime(started);
            if (early > TimeSpan.Zero)
            {
                await Task.Delay(early);
            }

            var number = next;
            running.Add(Task.Run(async () =>
            {
                await step(number);
                latencies[number] = (Stopwatch.GetElapsedTime(started) - due).TotalMilliseconds;
            }));
        }

        await Task.WhenAll(running);
        return new([.. latencies.Order()], Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Rounds of the same path measured at different times, as one.</summary>
    public static Throughput Combine(IEnumerable<Throughput> rounds)
    {
        var all = rounds.ToList();
        return new([.. all.SelectMany(r => r.LatenciesMs).Order()], all.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Elapsed));
    }

    public string Describe(string name) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-36} n={LatenciesMs.Length,6}  {PerSecond,7:0} queries/s  p50={Percentile(0.50),6:0.00} ms  p95={Percentile(0.95),6:0.00} ms");
}
