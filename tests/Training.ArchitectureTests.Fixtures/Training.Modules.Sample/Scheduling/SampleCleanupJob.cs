using Training.BuildingBlocks.Scheduling;

namespace Training.Modules.Sample.Scheduling;

/// <summary>Hangfire activates jobs by type, so a job is public; implementing IRecurringJob allows it.</summary>
public sealed class SampleCleanupJob : IRecurringJob
{
    public Task RunAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
