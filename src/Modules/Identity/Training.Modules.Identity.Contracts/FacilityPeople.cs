using MediatR;

namespace Training.Modules.Identity.Contracts;

/// <summary>Staff of a facility, optionally of one role (e.g. the trainers an officer may give a cohort). Empty for outsiders.</summary>
public sealed record ListStaffOfFacility(Guid FacilityId, string? Role = null) : IRequest<IReadOnlyList<StaffMember>>;

/// <summary>The active learners of a facility, for its own staff (and the platform's own work). Empty for anyone else.</summary>
public sealed record ListLearnersOfFacility(Guid FacilityId) : IRequest<IReadOnlyList<LearnerSummary>>;
