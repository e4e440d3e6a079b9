using Training.BuildingBlocks.Contracts;

namespace Training.Modules.JobMatching.Contracts;

/// <summary>An employer or officer recorded that a graduate was hired after a mediated interest.</summary>
public sealed record GraduatePlacedIntegrationEvent(Guid InterestId, Guid LearnerId, Guid FacilityId, Guid EmployerId, Guid? JobId, DateTimeOffset HiredAt)
    : IIntegrationEvent;
