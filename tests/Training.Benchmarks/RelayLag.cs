using System.Diagnostics;
using System.Globalization;
using Marten;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Training.Host.Tests.Probes.Ledger;
using Training.Host.Tests.Probes.Producer;
using Training.Testing;

namespace Training.Benchmarks;

/// <summary>
/// Relay lag: time from the commit of an integration event to its handler, over 1,000 events
/// sent by 8 writers at a steady pace. Runs the tuned relay (woken on append) and, as the
/// baseline in the same process, the daemon's polling alone.
/// </summary>
internal static class RelayLag
{
    private const int Writers = 8;
    private const int EventsPerWriter = 125;

    public static async Task<TimeSpan[]> MeasureAsync(bool wakeOnAppend, TimeSpan pace)
    {
        await using var app = new BekalApp().With("Relay:WakeOnAppend", wakeOnAppend ? "true" : "false");
        await app.InitializeAsync();
        await SendAsync(app, Guid.NewGuid(), 20, TimeSpan.Zero);
        await WaitForAsync(app, 20);

        var streams = Enumerable.Range(0, Writers).Select(_ => Guid.NewGuid()).ToArray();
        await Task.WhenAll(streams.Select(stream => SendAsync(app, stream, EventsPerWriter, pace)));
        var entries = await WaitForAsync(app, 20 + (Writers * EventsPerWriter));
        return [.. entries.OrderBy(e => e.CommittedAt).Skip(20).Select(e => e.FirstAppliedAt - e.CommittedAt).Order()];
    }

    public static string Describe(string name, TimeSpan[] lags) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-28} n={lags.Length} median={Percentile(lags, 0.50).TotalMilliseconds:0} ms  p95={Percentile(lags, 0.95).TotalMilliseconds:0} ms  max={lags[^1].TotalMilliseconds:0} ms");

    public static TimeSpan Percentile(TimeSpan[] sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Length) - 1];

    private static async Task SendAsync(BekalApp app, Guid stream, int count, TimeSpan pace)
    {
        for (var i = 0; i < count; i++)
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SendProbe(stream));
            }

            await Task.Delay(pace);
        }
    }

    private static async Task<IReadOnlyList<LedgerEntry>> WaitForAsync(BekalApp app, int count)
    {
        var timer = Stopwatch.StartNew();
        while (true)
        {
            await using var session = app.Store.QuerySession();
            var entries = await session.Query<LedgerEntry>().ToListAsync();
            if (entries.Count >= count)
            {
                return entries;
            }

            if (timer.Elapsed > TimeSpan.FromMinutes(3))
            {
                throw new TimeoutException($"only {entries.Count} of {count} events arrived");
            }

            await Task.Delay(100);
        }
    }
}
