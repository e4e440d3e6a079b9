using Marten;
using MediatR;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Assessments.Attempts;
using Training.Modules.Assessments.Contracts;
using Training.Modules.Assessments.Plans;
using Training.Modules.Assessments.Results;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Assessments.Web;

/// <summary>
/// Learners see a test they may take now and a practical they wait for; assessors the learners waiting for
/// one; trainers the questions most learners get wrong, which are often unclear rather than hard.
/// </summary>
internal sealed class AssessmentsTasks(IQuerySession session, IMediator mediator, ICurrentUser user, IStringLocalizer<AssessmentsResource> text)
    : ITaskContributor
{
    /// <summary>A question answered right by fewer than this share, once asked often enough to tell.</summary>
    private const decimal LowSharePercent = 40m;

    private const int EnoughAnswers = 5;

    public async Task<IReadOnlyList<PersonalTask>> TasksAsync(CancellationToken cancellationToken) => user.Role switch
    {
        Roles.Learner => await LearnerStepsAsync(cancellationToken),
        Roles.Assessor => await WaitingForPracticalAsync(cancellationToken),
        Roles.Trainer => await LowScoringQuestionsAsync(cancellationToken),
        _ => [],
    };

    private async Task<IReadOnlyList<PersonalTask>> LearnerStepsAsync(CancellationToken cancellationToken)
    {
        var learnerId = user.Id ?? Guid.Empty;
        var tasks = new List<PersonalTask>();
        foreach (var enrollment in (await mediator.Send(new ListEnrollmentsOfLearner(learnerId), cancellationToken)).Where(e => e.Active))
        {
            var standing = await mediator.Send(new GetAssessmentStanding(enrollment.EnrollmentId, learnerId), cancellationToken);
            var course = await mediator.Send(new GetCourseVersion(enrollment.CourseId, enrollment.CourseVersion), cancellationToken);
            var title = course?.Title ?? "";
            var mayStart = standing is { Next: AssessmentStep.WrittenTest, NextAttemptAt: null } && enrollment.AttendancePercent >= enrollment.MinimumAttendancePercent;
            if (mayStart)
            {
                tasks.Add(new PersonalTask("assessments.test-open", text["Tasks.TestOpen", title], $"/assessments/{enrollment.EnrollmentId}/test", 1, null));
            }
            else if (standing is { Next: AssessmentStep.WaitingForPractical })
            {
                tasks.Add(new PersonalTask("assessments.practical-waiting", text["Tasks.PracticalWaiting", title], $"/assessments/{enrollment.EnrollmentId}/result", 1, null));
            }
        }

        return tasks;
    }

    private async Task<IReadOnlyList<PersonalTask>> WaitingForPracticalAsync(CancellationToken cancellationToken)
    {
        var queue = await mediator.Send(new PracticalQueue(), cancellationToken);
        var waiting = queue.SelectMany(c => c.Learners).ToList();
        return waiting.Count == 0
            ? []
            : [new PersonalTask("assessments.practical-queue", text["Tasks.PracticalQueue", waiting.Count], "/assessments/practical", waiting.Count, waiting.Min(l => l.Since))];
    }

    private async Task<IReadOnlyList<PersonalTask>> LowScoringQuestionsAsync(CancellationToken cancellationToken)
    {
        var tasks = new List<PersonalTask>();
        foreach (var course in await mediator.Send(new ListCoursesByAuthor(user.Id ?? Guid.Empty), cancellationToken))
        {
            var planId = AssessmentPlan.IdFor(course.CourseId, course.Version);
            if (!await session.Query<Attempt>().AnyAsync(a => a.PlanId == planId && a.SubmittedAt != null, cancellationToken))
            {
                continue;
            }

            var low = (await mediator.Send(new QuestionStatistics(course.CourseId), cancellationToken))
                .Count(q => q.Asked >= EnoughAnswers && q.ShareCorrectPercent < LowSharePercent);
            if (low > 0)
            {
                tasks.Add(new PersonalTask("assessments.low-scores", text["Tasks.LowScores", low, course.Title], $"/trainer/assessments/{course.CourseId}/statistics", low, null));
            }
        }

        return tasks;
    }
}
