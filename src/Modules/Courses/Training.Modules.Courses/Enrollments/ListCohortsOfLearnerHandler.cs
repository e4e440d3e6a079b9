using Marten;
using MediatR;
using Training.Modules.Courses.Cohorts;
using Training.Modules.Courses.Contracts;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Courses.Enrollments;

/// <summary>Answers other modules: a learner's cohorts, when Identity says the caller may act on her.</summary>
internal sealed class ListCohortsOfLearnerHandler(IQuerySession session, IMediator mediator) : IRequestHandler<ListCohortsOfLearner, IReadOnlyList<LearnerCohort>>
{
    public async Task<IReadOnlyList<LearnerCohort>> Handle(ListCohortsOfLearner query, CancellationToken cancellationToken)
    {
        if (!await mediator.Send(new MayActOnLearner(query.LearnerId), cancellationToken))
        {
            return [];
        }

        var enrollments = await session.Query<Enrollment>().Where(e => e.LearnerId == query.LearnerId).ToListAsync(cancellationToken);
        var result = new List<LearnerCohort>();
        foreach (var enrollment in enrollments)
        {
            var (cohort, version) = await session.CohortAndVersionAsync(enrollment, cancellationToken);
            var lessons = version.Content.Lessons.Select(l => l.Id).ToHashSet();
            result.Add(new LearnerCohort(
                enrollment.Id, cohort.Id, enrollment.CourseId, enrollment.CourseVersion, version.Content.Title, cohort.StartsOn, cohort.EndsOn, PlaceOf(enrollment, cohort),
                cohort.SessionsAttended(enrollment.LearnerId),
                new LessonsDone(enrollment.CompletedLessons.Count(lessons.Contains), lessons.Count)));
        }

        return [.. result.OrderByDescending(c => c.StartsOn)];
    }

    private static PlaceState PlaceOf(Enrollment enrollment, Cohort cohort) =>
        !enrollment.Active ? PlaceState.Withdrawn : cohort.Completed ? PlaceState.Completed : PlaceState.Running;
}
