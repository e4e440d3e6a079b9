using Training.BuildingBlocks.Contracts;

namespace Training.Modules.Identity.Contracts;

/// <summary>A facility officer registered a learner at their facility.</summary>
public sealed record LearnerRegisteredIntegrationEvent(Guid LearnerId, Guid FacilityId, string LearnerNumber, string FullName) : IIntegrationEvent;

/// <summary>A learner moved to another facility; their history goes with them.</summary>
public sealed record LearnerTransferredIntegrationEvent(Guid LearnerId, Guid FromFacilityId, Guid ToFacilityId) : IIntegrationEvent;

/// <summary>A learner was released; the facility's staff lose access to data created from now on.</summary>
public sealed record LearnerReleasedIntegrationEvent(Guid LearnerId, Guid FacilityId, DateTimeOffset ReleasedAt) : IIntegrationEvent;

/// <summary>A platform admin verified an employer: it may now search graduates and send interest.</summary>
public sealed record EmployerVerifiedIntegrationEvent(Guid EmployerId, string OrganizationName) : IIntegrationEvent;
