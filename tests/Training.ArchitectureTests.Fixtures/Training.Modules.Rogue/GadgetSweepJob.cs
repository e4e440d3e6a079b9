namespace Training.Modules.Rogue;

/// <summary>Breaks the rule on purpose: public and named like a job, but no recurring job.</summary>
public sealed class GadgetSweepJob
{
    public Task RunAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
