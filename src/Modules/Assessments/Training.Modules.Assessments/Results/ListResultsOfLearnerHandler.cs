using Marten;
using MediatR;
using Training.Modules.Assessments.Contracts;
using Training.Modules.Courses.Contracts;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Assessments.Results;

/// <summary>Answers other modules: a learner's results per enrolment, when Identity says the caller may act on her.</summary>
internal sealed class ListResultsOfLearnerHandler(IQuerySession session, IMediator mediator)
    : IRequestHandler<ListResultsOfLearner, IReadOnlyList<EnrollmentResult>>
{
    public async Task<IReadOnlyList<EnrollmentResult>> Handle(ListResultsOfLearner query, CancellationToken cancellationToken)
    {
        if (!await mediator.Send(new MayActOnLearner(query.LearnerId), cancellationToken))
        {
            return [];
        }

        var results = new List<EnrollmentResult>();
        foreach (var cohort in await mediator.Send(new ListCohortsOfLearner(query.LearnerId), cancellationToken))
        {
            if (await Outcomes.PlanAsync(session, cohort.CourseId, cohort.CourseVersion, cancellationToken) is not { } plan
                || await mediator.Send(new GetCourseVersion(cohort.CourseId, cohort.CourseVersion), cancellationToken) is not { } course)
            {
                continue;
            }

            var record = await session.LoadAsync<AssessmentRecord>(AssessmentRecord.IdFor(cohort.EnrollmentId), cancellationToken);
            var view = ResultView.Of(plan, course, record);
            results.Add(new EnrollmentResult(cohort.EnrollmentId, TestStates.Of(plan, record), view.ScorePercent, [.. view.Units.Select(u =>
                new UnitResult(u.Code, u.Title, u.Outcome, u.Written?.Right, u.Written?.Asked, u.Practical))]));
        }

        return results;
    }
}
