namespace Training.BuildingBlocks.Scheduling;

/// <summary>
/// Work Hangfire runs on a schedule. Hangfire activates a job by its type, so a job class is public;
/// implementing this interface is what lets it be public inside a module. Safe to run twice.
/// </summary>
public interface IRecurringJob
{
    Task RunAsync(CancellationToken cancellationToken);
}
