using Marten;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Training.BuildingBlocks.Demo;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Time;
using Training.Modules.Courses.Cohorts;
using Training.Modules.Courses.Courses;
using Training.Modules.Courses.Enrollments;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Courses.Demo;

/// <summary>
/// With demo data on, once the demo facility and its people exist (Identity makes them at start),
/// publishes the demo courses and runs a cohort of each with enrolled learners and some attendance.
/// Runs beside start-up, not in its way, and never twice.
/// </summary>
internal sealed class CoursesDemoSeeding(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<CoursesDemoSeeding> logger)
    : DemoSeeding(scopes, configuration, clock, logger)
{
    protected override Task<bool> TrySeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IMediator>().Send(new SeedDemoCourses(), cancellationToken);
}

/// <summary>Seeds the demo courses and cohorts; answers false while the demo facility and its people are not there yet.</summary>
internal sealed record SeedDemoCourses : ICommand<bool>;

internal sealed class SeedDemoCoursesHandler(IDocumentSession session, IMediator mediator, TimeProvider clock) : IRequestHandler<SeedDemoCourses, bool>
{
    private const string DemoFacility = "LPP-PKY";

    public async Task<bool> Handle(SeedDemoCourses command, CancellationToken cancellationToken)
    {
        if (await session.Query<Course>().AnyAsync(cancellationToken))
        {
            return true;
        }

        if (await mediator.Send(new FindFacility(DemoFacility), cancellationToken) is not { } facility)
        {
            return false;
        }

        var trainer = (await mediator.Send(new ListStaffOfFacility(facility.FacilityId, Roles.Trainer), cancellationToken)).FirstOrDefault();
        var learners = await mediator.Send(new ListLearnersOfFacility(facility.FacilityId), cancellationToken);
        if (trainer is null || learners.Count == 0)
        {
            return false;
        }

        Seed(facility.FacilityId, trainer.AccountId, [.. learners.Select(l => l.LearnerId)]);
        return true;
    }

    private void Seed(Guid facilityId, Guid trainerId, IReadOnlyList<Guid> learners)
    {
        var now = clock.GetUtcNow();
        var today = FacilityTime.Day(now);
        var start = today.AddDays(-14);
        var courseIds = new List<Guid>();
        foreach (var content in DemoCourses.All)
        {
            var drafted = new CourseDrafted(Guid.NewGuid(), trainerId, content, now);
            var course = Course.Create(drafted);
            courseIds.Add(course.Id);
            var published = course.Publish(trainerId, now);
            session.Events.StartStream<Course>(course.Id, drafted, published,
                new Contracts.CoursePublishedIntegrationEvent(course.Id, published.Version, content.Title, content.Category));
            session.Insert(new CourseVersion(CourseVersion.IdOf(course.Id, 1), course.Id, 1, content, now));
            session.Store(new CatalogEntry(course.Id, content.Title, content.Summary, content.Category, content.ExpectedHours, 1, Listed: true));

            var sessions = Enumerable.Range(0, 6).Select(week => start.AddDays(7 * week)).ToList();
            var opened = new CohortOpened(Guid.NewGuid(), course.Id, 1, facilityId, trainerId, start, sessions[^1], 15, sessions, trainerId, now);
            var cohort = Cohort.Create(opened);
            session.Events.StartStream<Cohort>(cohort.Id, opened);
            foreach (var learnerId in learners)
            {
                var enrolled = cohort.Enroll(learnerId, facilityId, trainerId, now);
                cohort = cohort.Apply(enrolled);
                session.Events.Append(cohort.Id, enrolled, new Contracts.LearnerEnrolledIntegrationEvent(
                    enrolled.EnrollmentId, cohort.Id, learnerId, course.Id, 1, facilityId));
                session.Events.StartStream<Enrollment>(enrolled.EnrollmentId,
                    new EnrollmentStarted(enrolled.EnrollmentId, cohort.Id, learnerId, course.Id, 1, facilityId, now),
                    new LessonCompleted(enrolled.EnrollmentId, content.Lessons[0].Id, now));
            }

            // Today's session is left for the trainer to take: the first thing on her home page.
            foreach (var day in sessions.Where(d => d < today))
            {
                var marks = learners.Select((learnerId, i) => new AttendanceMark(day, learnerId, (i + day.Day) % 7 == 0 ? AttendanceStatus.Absent : AttendanceStatus.Present));
                session.Events.Append(cohort.Id, cohort.RecordAttendance(day, [.. marks], trainerId, now));
            }
        }

        SeedNextCohort(courseIds[0], facilityId, trainerId, learners[^1], today, now);
    }

    /// <summary>The next run of the first course, starting in two weeks, with one learner's request for a place for the officer to answer.</summary>
    private void SeedNextCohort(Guid courseId, Guid facilityId, Guid trainerId, Guid requester, DateOnly today, DateTimeOffset now)
    {
        var start = today.AddDays(14);
        var sessions = Enumerable.Range(0, 6).Select(week => start.AddDays(7 * week)).ToList();
        var opened = new CohortOpened(Guid.NewGuid(), courseId, 1, facilityId, trainerId, start, sessions[^1], 15, sessions, trainerId, now);
        session.Events.StartStream<Cohort>(opened.CohortId, opened, Cohort.Create(opened).RequestPlace(requester, facilityId, now));
    }
}
