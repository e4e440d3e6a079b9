using Training.BuildingBlocks.Contracts;

namespace Training.Modules.Courses.Contracts;

/// <summary>A learner got a place in a cohort of a course version.</summary>
public sealed record LearnerEnrolledIntegrationEvent(Guid EnrollmentId, Guid CohortId, Guid LearnerId, Guid CourseId, int CourseVersion, Guid FacilityId)
    : IIntegrationEvent;

/// <summary>A learner left a cohort before it ended.</summary>
public sealed record LearnerWithdrawnIntegrationEvent(Guid EnrollmentId, Guid CohortId, Guid LearnerId, WithdrawalReason Reason) : IIntegrationEvent;

/// <summary>An officer closed a cohort: its schedule is over.</summary>
public sealed record CohortCompletedIntegrationEvent(Guid CohortId, Guid CourseId, int CourseVersion, Guid FacilityId) : IIntegrationEvent;

public enum WithdrawalReason
{
    Withdrawn,
    Transferred,
    Released,
    Other,
}
