using Marten;
using MediatR;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Assessments.Attempts;
using Training.Modules.Assessments.Plans;
using Training.Modules.Assessments.Results;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Assessments.Web;

/// <summary>
/// Assessors see the learners waiting for a practical; trainers the questions most learners get wrong, which
/// are often unclear rather than hard. A learner's own next step comes with her course (Courses).
/// </summary>
internal sealed class AssessmentsTasks(IQuerySession session, IMediator mediator, ICurrentUser user, IStringLocalizer<AssessmentsResource> text)
    : ITaskContributor
{
    /// <summary>A question answered right by fewer than this share, once asked often enough to tell.</summary>
    private const decimal LowSharePercent = 40m;

    private const int EnoughAnswers = 5;

    public async Task<IReadOnlyList<PersonalTask>> TasksAsync(CancellationToken cancellationToken) => user.Role switch
    {
        Roles.Assessor => await WaitingForPracticalAsync(cancellationToken),
        Roles.Trainer => await LowScoringQuestionsAsync(cancellationToken),
        _ => [],
    };

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
