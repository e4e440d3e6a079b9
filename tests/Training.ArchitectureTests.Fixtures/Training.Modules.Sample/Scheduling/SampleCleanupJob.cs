namespace Training.Modules.Sample.Scheduling;

/// <summary>Hangfire activates jobs by type, so a job is public; its name ending in Job allows it.</summary>
public sealed class SampleCleanupJob
{
    public Task RunAsync() => Task.CompletedTask;
}
