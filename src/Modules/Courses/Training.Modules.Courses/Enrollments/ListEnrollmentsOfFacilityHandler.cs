using Marten;
using MediatR;
using Training.Modules.Courses.Cohorts;
using Training.Modules.Courses.Contracts;
using Training.Modules.Courses.Courses;

namespace Training.Modules.Courses.Enrollments;

/// <summary>Answers other modules: the active seats of a facility's cohorts, read from the cohorts alone (one query, not one per learner).</summary>
internal sealed class ListEnrollmentsOfFacilityHandler(IQuerySession session) : IRequestHandler<ListEnrollmentsOfFacility, IReadOnlyList<EnrollmentInfo>>
{
    public async Task<IReadOnlyList<EnrollmentInfo>> Handle(ListEnrollmentsOfFacility query, CancellationToken cancellationToken)
    {
        var cohorts = await session.Query<Cohort>().Where(c => c.FacilityId == query.FacilityId).ToListAsync(cancellationToken);
        var versionIds = cohorts.Select(c => CourseVersion.IdOf(c.CourseId, c.CourseVersion)).Distinct().ToArray();
        var versions = (await session.LoadManyAsync<CourseVersion>(cancellationToken, versionIds)).ToDictionary(v => v.Id);
        return [.. cohorts.SelectMany(cohort => cohort.Seats.Where(s => s.Active).Select(seat => new EnrollmentInfo(
            seat.EnrollmentId, seat.LearnerId, cohort.Id, cohort.CourseId, cohort.CourseVersion, cohort.FacilityId, true, cohort.StartsOn, cohort.EndsOn,
            cohort.AttendancePercent(seat.LearnerId),
            versions.TryGetValue(CourseVersion.IdOf(cohort.CourseId, cohort.CourseVersion), out var version) ? version.Content.MinimumAttendancePercent : 0)))];
    }
}
