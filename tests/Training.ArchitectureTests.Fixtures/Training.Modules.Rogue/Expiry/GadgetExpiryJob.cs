namespace Training.Modules.Rogue.Expiry;

/// <summary>Breaks the rule on purpose: a job outside Scheduling.</summary>
public sealed class GadgetExpiryJob
{
    public Task RunAsync() => Task.CompletedTask;
}
