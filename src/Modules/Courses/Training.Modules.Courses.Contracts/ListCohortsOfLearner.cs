using MediatR;

namespace Training.Modules.Courses.Contracts;

/// <summary>
/// Every cohort a learner held a place in, newest first, with her attendance and lessons done (e.g. her
/// record for the officer). For the staff of her facility and herself; empty for anyone else.
/// </summary>
public sealed record ListCohortsOfLearner(Guid LearnerId) : IRequest<IReadOnlyList<LearnerCohort>>;

public sealed record LearnerCohort(
    Guid EnrollmentId, Guid CohortId, Guid CourseId, int CourseVersion, string CourseTitle, DateOnly StartsOn, DateOnly EndsOn, PlaceState Place, SessionsAttended Attendance, LessonsDone Lessons);

/// <summary>Sessions she was marked present at (partial counts as present), of the sessions marked so far and of the cohort's schedule.</summary>
public sealed record SessionsAttended(int Present, int Marked, int Scheduled, int Percent);

public sealed record LessonsDone(int Done, int Total);

/// <summary>Her place in the cohort: still running, the cohort completed with her in it, or withdrawn.</summary>
public enum PlaceState
{
    Running,
    Completed,
    Withdrawn,
}
