using System.Runtime.CompilerServices;

namespace Training.Testing;

/// <summary>Waits for asynchronous work (the relay, jobs) to show its effect, and fails with what it waited for when it never does.</summary>
public static class Eventually
{
    public static async Task<T> Until<T>(
        Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null, [CallerArgumentExpression(nameof(done))] string condition = "")
    {
        var waited = TimeSpan.FromSeconds(60);
        var deadline = DateTime.UtcNow + (timeout ?? waited);
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {(timeout ?? waited).TotalSeconds:0} s for {condition}; the last value was {value}.");
            }

            await Task.Delay(50);
        }
    }
}
