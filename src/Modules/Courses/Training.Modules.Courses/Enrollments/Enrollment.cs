namespace Training.Modules.Courses.Enrollments;

/// <summary>
/// One learner's place in one cohort, on the course version the cohort started with, and the
/// lessons they have marked done. A stream of its own, so a classroom of learners marking lessons
/// at once never contends with the cohort's attendance sheet.
/// </summary>
internal sealed record Enrollment(
    Guid Id, Guid CohortId, Guid LearnerId, Guid CourseId, int CourseVersion, Guid FacilityId, bool Active, IReadOnlyList<Guid> CompletedLessons)
{
    public static Enrollment Create(EnrollmentStarted e) => new(e.EnrollmentId, e.CohortId, e.LearnerId, e.CourseId, e.CourseVersion, e.FacilityId, true, []);

    public Enrollment Apply(LessonCompleted e) => this with { CompletedLessons = [.. CompletedLessons, e.LessonId] };

    public Enrollment Apply(EnrollmentEnded e) => this with { Active = false };
}

internal sealed record EnrollmentStarted(Guid EnrollmentId, Guid CohortId, Guid LearnerId, Guid CourseId, int CourseVersion, Guid FacilityId, DateTimeOffset At);

internal sealed record LessonCompleted(Guid EnrollmentId, Guid LessonId, DateTimeOffset At);

internal sealed record EnrollmentEnded(Guid EnrollmentId, DateTimeOffset At);
