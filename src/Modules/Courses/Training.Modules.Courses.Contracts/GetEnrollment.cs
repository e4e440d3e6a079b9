using MediatR;

namespace Training.Modules.Courses.Contracts;

/// <summary>A learner's place in a course (the latest, when there were several); null when never enrolled.</summary>
public sealed record GetEnrollment(Guid LearnerId, Guid CourseId) : IRequest<EnrollmentInfo?>;

public sealed record EnrollmentInfo(
    Guid EnrollmentId,
    Guid CohortId,
    Guid CourseId,
    int CourseVersion,
    Guid FacilityId,
    bool Active,
    DateOnly StartsOn,
    DateOnly EndsOn,
    int AttendancePercent,
    int MinimumAttendancePercent);
