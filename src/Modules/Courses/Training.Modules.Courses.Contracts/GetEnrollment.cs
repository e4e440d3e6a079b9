using MediatR;

namespace Training.Modules.Courses.Contracts;

/// <summary>A learner's place in a course (the latest, when there were several); null when never enrolled.</summary>
public sealed record GetEnrollment(Guid LearnerId, Guid CourseId) : IRequest<EnrollmentInfo?>;

/// <summary>One enrolment by its id; null when there is no such enrolment.</summary>
public sealed record GetEnrollmentById(Guid EnrollmentId) : IRequest<EnrollmentInfo?>;

/// <summary>Every learner holding a place in a cohort of the facility, running or completed, as enrolments (e.g. the assessor's queue).</summary>
public sealed record ListEnrollmentsOfFacility(Guid FacilityId) : IRequest<IReadOnlyList<EnrollmentInfo>>;

public sealed record EnrollmentInfo(
    Guid EnrollmentId,
    Guid LearnerId,
    Guid CohortId,
    Guid CourseId,
    int CourseVersion,
    Guid FacilityId,
    bool Active,
    DateOnly StartsOn,
    DateOnly EndsOn,
    int AttendancePercent,
    int MinimumAttendancePercent);
