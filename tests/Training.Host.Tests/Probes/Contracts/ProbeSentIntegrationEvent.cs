using Training.BuildingBlocks.Contracts;

namespace Training.Host.Tests.Probes.Contracts;

/// <summary>A probe was sent by the test producer module; the consumers record what reaches them.</summary>
public sealed record ProbeSentIntegrationEvent(Guid ProbeId, Guid Stream, int Number, int FailuresBeforeSuccess, bool AlwaysFail) : IIntegrationEvent;
