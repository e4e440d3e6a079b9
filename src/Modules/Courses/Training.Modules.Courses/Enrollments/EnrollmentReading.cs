using Marten;
using Training.BuildingBlocks.Errors;
using Training.Modules.Courses.Cohorts;
using Training.Modules.Courses.Contracts;
using Training.Modules.Courses.Courses;

namespace Training.Modules.Courses.Enrollments;

/// <summary>What the enrollment queries read beside an enrollment: its cohort and the course version it is on.</summary>
internal static class EnrollmentReading
{
    public static async Task<(Cohort Cohort, CourseVersion Version)> CohortAndVersionAsync(
        this IQuerySession session, Enrollment enrollment, CancellationToken cancellationToken)
    {
        var cohort = await session.LoadAsync<Cohort>(enrollment.CohortId, cancellationToken) ?? throw new NotFound("cohort", enrollment.CohortId);
        var version = await session.LoadAsync<CourseVersion>(CourseVersion.IdOf(enrollment.CourseId, enrollment.CourseVersion), cancellationToken)
            ?? throw new NotFound("course", enrollment.CourseId);
        return (cohort, version);
    }

    /// <summary>An enrollment as other modules see it.</summary>
    public static async Task<EnrollmentInfo> InfoAsync(this IQuerySession session, Enrollment enrollment, CancellationToken cancellationToken)
    {
        var (cohort, version) = await session.CohortAndVersionAsync(enrollment, cancellationToken);
        return new EnrollmentInfo(enrollment.Id, enrollment.LearnerId, cohort.Id, enrollment.CourseId, enrollment.CourseVersion, enrollment.FacilityId,
            enrollment.Active, cohort.StartsOn, cohort.EndsOn, cohort.AttendancePercent(enrollment.LearnerId), version.Content.MinimumAttendancePercent);
    }
}
