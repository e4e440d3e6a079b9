using Hangfire;
using Microsoft.Extensions.Hosting;
using Training.BuildingBlocks.Time;

namespace Training.Modules.JobMatching.Scheduling;

/// <summary>Registers the module's recurring jobs with Hangfire at start (idempotent: the same ids are updated).</summary>
internal sealed class JobMatchingSchedule(IRecurringJobManager jobs) : IHostedService
{
    private static readonly RecurringJobOptions Wib = new() { TimeZone = FacilityTime.PlatformZone };

    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<ClosePostingsJob>("jobmatching-close-postings", j => j.RunAsync(CancellationToken.None), Cron.Hourly(), Wib);
        jobs.AddOrUpdate<ExpireInterestsJob>("jobmatching-expire-interests", j => j.RunAsync(CancellationToken.None), Cron.Hourly(5), Wib);
        jobs.AddOrUpdate<RefreshMatchesJob>("jobmatching-refresh-matches", j => j.RunAsync(CancellationToken.None), Cron.Daily(2), Wib);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
