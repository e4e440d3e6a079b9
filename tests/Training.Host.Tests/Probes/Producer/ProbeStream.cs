namespace Training.Host.Tests.Probes.Producer;

internal sealed record ProbeStream(Guid Id, int Count)
{
    public static ProbeStream Create(ProbeSent e) => new(e.Stream, 1);

    public ProbeStream Apply(ProbeSent e) => this with { Count = e.Number };
}

internal sealed record ProbeSent(Guid ProbeId, Guid Stream, int Number);
