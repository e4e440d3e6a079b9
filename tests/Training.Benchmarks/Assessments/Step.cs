using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Training.Benchmarks.Assessments;

/// <summary>
/// One kind of request across all learners: when each was sent and answered, and which failed
/// (a status outside 2xx or an exception). Throughput counts successes over the window from the
/// first send to the last answer.
/// </summary>
internal sealed class Step(string name)
{
    private readonly ConcurrentBag<(long Sent, long Done)> _timings = [];
    private readonly ConcurrentQueue<string> _failures = new();

    public int Errors => _failures.Count;

    /// <summary>The response when it succeeded; null when it failed, which is counted.</summary>
    public async Task<HttpResponseMessage?> TimeAsync(Func<Task<HttpResponseMessage>> send)
    {
        var sent = Stopwatch.GetTimestamp();
        try
        {
            var response = await send();
            _timings.Add((sent, Stopwatch.GetTimestamp()));
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            _failures.Enqueue($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            response.Dispose();
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            _failures.Enqueue(e.GetType().Name + ": " + e.Message);
        }

        return null;
    }

    public double PerSecond
    {
        get
        {
            var window = Stopwatch.GetElapsedTime(_timings.Min(t => t.Sent), _timings.Max(t => t.Done));
            return (_timings.Count - Errors) / window.TotalSeconds;
        }
    }

    /// <summary>The latency in milliseconds that the share <paramref name="p"/> of the answers came within.</summary>
    public double Percentile(double p)
    {
        var sorted = _timings.Select(t => Stopwatch.GetElapsedTime(t.Sent, t.Done).TotalMilliseconds).Order().ToArray();
        return sorted[(int)Math.Ceiling(p * sorted.Length) - 1];
    }

    public string Describe()
    {
        if (_timings.IsEmpty)
        {
            return $"{name,-8} no answers; first failure: {_failures.FirstOrDefault()}";
        }

        var max = _timings.Max(t => Stopwatch.GetElapsedTime(t.Sent, t.Done).TotalMilliseconds);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{name,-8} n={_timings.Count}  p50={Percentile(0.50),6:0} ms  p95={Percentile(0.95),6:0} ms  max={max,6:0} ms  {PerSecond,6:0.0}/s  errors={Errors}");
        return _failures.TryPeek(out var first) ? $"{line}; first failure: {first}" : line;
    }
}
