using Hangfire;
using Microsoft.Extensions.Hosting;
using Training.BuildingBlocks.Time;

namespace Training.Modules.Certificates.Scheduling;

/// <summary>Registers the daily expiry run at 00:10 WIB, once the day's certificates have turned.</summary>
internal sealed class ExpirySchedule(IRecurringJobManager jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<CertificateExpiryJob>(
            CertificateExpiryJob.Id, job => job.RunAsync(CancellationToken.None), "10 0 * * *",
            new RecurringJobOptions { TimeZone = FacilityTime.PlatformZone });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
