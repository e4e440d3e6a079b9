using Training.Modules.Sample;

namespace Training.Modules.Rogue;

/// <summary>Breaks the rules on purpose: a public type that is neither the entry point nor a job,
/// using another module's implementation and the host.</summary>
public sealed class SampleSpy
{
    public string SampleName => new SampleModule().Name;

    public string HostName => typeof(Program).Assembly.GetName().Name!;
}
