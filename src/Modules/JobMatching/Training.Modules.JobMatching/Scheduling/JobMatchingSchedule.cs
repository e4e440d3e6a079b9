using Hangfire;
using Microsoft.Extensions.Hosting;

namespace Training.Modules.JobMatching.Scheduling;

/// <summary>Registers the module's recurring jobs with Hangfire at start (idempotent: the same ids are updated).</summary>
internal sealed class JobMatchingSchedule(IRecurringJobManager jobs) : IHostedService
{
    private static readonly RecurringJobOptions Utc = new() { TimeZone = TimeZoneInfo.Utc };

    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<ClosePostingsJob>("jobmatching-close-postings", j => j.RunAsync(CancellationToken.None), Cron.Hourly(), Utc);
        jobs.AddOrUpdate<ExpireInterestsJob>("jobmatching-expire-interests", j => j.RunAsync(CancellationToken.None), Cron.Hourly(5), Utc);
        jobs.AddOrUpdate<RefreshMatchesJob>("jobmatching-refresh-matches", j => j.RunAsync(CancellationToken.None), Cron.Daily(19), Utc);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
