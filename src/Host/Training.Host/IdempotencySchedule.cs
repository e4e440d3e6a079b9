using Hangfire;
using Training.BuildingBlocks.Idempotency;

namespace Training.Host;

/// <summary>Registers the hourly purge of idempotency keys older than a day (idempotent: the same id is updated).</summary>
internal sealed class IdempotencySchedule(IRecurringJobManager jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<ForgetIdempotencyKeysJob>(
            "idempotency-forget-keys", j => j.RunAsync(CancellationToken.None), Cron.Hourly(15), new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
