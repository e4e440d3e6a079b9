using Marten;
using MediatR;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Time;
using Training.BuildingBlocks.Web;
using Training.Modules.Courses.Cohorts;
using Training.Modules.Courses.Courses;
using Training.Modules.Courses.Enrollments;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Courses.Web;

/// <summary>
/// Learners continue their next lesson; trainers take today's attendance; officers answer requests for a place.
/// </summary>
internal sealed class CoursesTasks(IQuerySession session, IMediator mediator, ICurrentUser user, TimeProvider clock, IStringLocalizer<CoursesResource> text)
    : ITaskContributor
{
    public async Task<IReadOnlyList<PersonalTask>> TasksAsync(CancellationToken cancellationToken) => user.Role switch
    {
        Roles.Learner => await NextLessonsAsync(cancellationToken),
        Roles.Trainer => await AttendanceDueAsync(cancellationToken),
        Roles.FacilityOfficer => await PlaceRequestsAsync(cancellationToken),
        _ => [],
    };

    private async Task<IReadOnlyList<PersonalTask>> NextLessonsAsync(CancellationToken cancellationToken)
    {
        var enrollments = await mediator.Send(new MyEnrollments(), cancellationToken);
        return
        [
            .. enrollments
                .Where(e => e.Active && e.Lessons.Any(l => !l.Done))
                .Select(e => (Enrollment: e, Lesson: e.Lessons.First(l => !l.Done)))
                .Select(n => new PersonalTask(
                    "courses.next-lesson",
                    text["Tasks.NextLesson", n.Lesson.Title, n.Enrollment.CourseTitle],
                    $"/learning/{n.Enrollment.EnrollmentId}/lessons/{n.Lesson.LessonId}",
                    1,
                    null)),
        ];
    }

    private async Task<IReadOnlyList<PersonalTask>> AttendanceDueAsync(CancellationToken cancellationToken)
    {
        var trainer = user.Id ?? Guid.Empty;
        var cohorts = await session.Query<Cohort>().Where(c => c.TrainerId == trainer && !c.Completed).ToListAsync(cancellationToken);
        var tasks = new List<PersonalTask>();
        foreach (var cohort in cohorts)
        {
            var facility = await mediator.Send(new GetFacility(cohort.FacilityId), cancellationToken);
            var today = FacilityTime.Today(clock, facility?.TimeZone);
            if (cohort.Sessions.Contains(today) && cohort.TakenSeats > 0 && cohort.Attendance.All(m => m.Session != today))
            {
                tasks.Add(new PersonalTask(
                    "courses.attendance-today",
                    text["Tasks.AttendanceToday", await TitleAsync(cohort, cancellationToken)],
                    $"/trainer/cohorts/{cohort.Id}/attendance?session={today:yyyy-MM-dd}",
                    1,
                    null));
            }
        }

        return tasks;
    }

    private async Task<IReadOnlyList<PersonalTask>> PlaceRequestsAsync(CancellationToken cancellationToken)
    {
        var facility = user.FacilityId ?? Guid.Empty;
        var cohorts = await session.Query<Cohort>().Where(c => c.FacilityId == facility && !c.Completed).ToListAsync(cancellationToken);
        var tasks = new List<PersonalTask>();
        foreach (var cohort in cohorts.Where(c => c.Requests.Count > 0).OrderBy(c => c.StartsOn))
        {
            tasks.Add(new PersonalTask(
                "courses.place-requests",
                text["Tasks.PlaceRequests", cohort.Requests.Count, await TitleAsync(cohort, cancellationToken)],
                $"/cohorts/{cohort.Id}",
                cohort.Requests.Count,
                null));
        }

        return tasks;
    }

    private async Task<string> TitleAsync(Cohort cohort, CancellationToken cancellationToken) =>
        (await session.LoadAsync<CourseVersion>(CourseVersion.IdOf(cohort.CourseId, cohort.CourseVersion), cancellationToken))?.Content.Title ?? "";
}
