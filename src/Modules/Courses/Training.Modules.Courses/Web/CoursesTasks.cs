using Marten;
using MediatR;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Time;
using Training.BuildingBlocks.Web;
using Training.Modules.Assessments.Contracts;
using Training.Modules.Courses.Cohorts;
using Training.Modules.Courses.Courses;
using Training.Modules.Courses.Enrollments;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Courses.Web;

/// <summary>
/// Learners take the next step of each course (a lesson, the test, the wait for a practical); trainers take today's attendance; officers answer requests for a place.
/// </summary>
internal sealed class CoursesTasks(IQuerySession session, IMediator mediator, ICurrentUser user, TimeProvider clock, IStringLocalizer<CoursesResource> text)
    : ITaskContributor
{
    public async Task<IReadOnlyList<PersonalTask>> TasksAsync(CancellationToken cancellationToken) => user.Role switch
    {
        Roles.Learner => await NextStepsAsync(cancellationToken),
        Roles.Trainer => await AttendanceDueAsync(cancellationToken),
        Roles.FacilityOfficer => await PlaceRequestsAsync(cancellationToken),
        _ => [],
    };

    /// <summary>
    /// One step per running course, the one she takes next: the practical she waits for once her written part
    /// is passed, else her next lesson, else her test when she may start it. A passed course has its certificate.
    /// </summary>
    private async Task<IReadOnlyList<PersonalTask>> NextStepsAsync(CancellationToken cancellationToken)
    {
        var learnerId = user.Id ?? Guid.Empty;
        var tasks = new List<PersonalTask>();
        foreach (var enrollment in (await mediator.Send(new MyEnrollments(), cancellationToken)).Where(e => e.Active))
        {
            var standing = await mediator.Send(new GetAssessmentStanding(enrollment.EnrollmentId, learnerId), cancellationToken);
            var lesson = enrollment.Lessons.FirstOrDefault(l => !l.Done);
            var task = standing?.Next switch
            {
                AssessmentStep.Passed => null,
                AssessmentStep.WaitingForPractical => new PersonalTask(
                    "courses.practical-waiting", text["Tasks.PracticalWaiting", enrollment.CourseTitle], $"/assessments/{enrollment.EnrollmentId}/result", 1, null),
                _ when lesson is not null => new PersonalTask(
                    "courses.next-lesson", text["Tasks.NextLesson", lesson.Title, enrollment.CourseTitle], $"/learning/{enrollment.EnrollmentId}/lessons/{lesson.LessonId}", 1, null),
                AssessmentStep.WrittenTest when standing.NextAttemptAt is null => new PersonalTask(
                    "courses.test-open", text["Tasks.TestOpen", enrollment.CourseTitle], $"/assessments/{enrollment.EnrollmentId}/test", 1, null),
                _ => null,
            };
            if (task is not null)
            {
                tasks.Add(task);
            }
        }

        return tasks;
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
