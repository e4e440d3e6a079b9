using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.Assessments.Attempts;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Assessments.Plans;

/// <summary>For the course's trainer: how often each question was answered right, to spot bad questions.</summary>
internal sealed record QuestionStatistics(Guid CourseId) : IRequest<IReadOnlyList<QuestionStatistic>>;

internal sealed record QuestionStatistic(Guid QuestionId, string Text, int Asked, int Correct, decimal ShareCorrectPercent);

internal sealed class QuestionStatisticsHandler(IQuerySession session, IMediator mediator, ICurrentUser user)
    : IRequestHandler<QuestionStatistics, IReadOnlyList<QuestionStatistic>>
{
    public async Task<IReadOnlyList<QuestionStatistic>> Handle(QuestionStatistics query, CancellationToken cancellationToken)
    {
        var course = await mediator.Send(new GetCurrentCourseVersion(query.CourseId), cancellationToken);
        if (course is null || course.AuthorId != user.Id)
        {
            throw new NotFound("course", query.CourseId);
        }

        var plan = await session.LoadAsync<AssessmentPlan>(AssessmentPlan.IdFor(course.CourseId, course.Version), cancellationToken);
        if (plan is null)
        {
            return [];
        }

        var graded = await session.Query<Attempt>().Where(a => a.PlanId == plan.Id && a.SubmittedAt != null).ToListAsync(cancellationToken);
        var tally = plan.Questions.ToDictionary(q => q.Id, _ => (Asked: 0, Correct: 0));
        foreach (var attempt in graded)
        {
            var answers = attempt.Answers.ToDictionary(a => a.QuestionId);
            foreach (var drawn in attempt.Questions.Where(d => tally.ContainsKey(d.QuestionId)))
            {
                var right = answers.TryGetValue(drawn.QuestionId, out var answer) && Grading.IsRight(plan.Questions.First(q => q.Id == drawn.QuestionId), drawn, answer);
                var (asked, correct) = tally[drawn.QuestionId];
                tally[drawn.QuestionId] = (asked + 1, correct + (right ? 1 : 0));
            }
        }

        return [.. plan.Questions.Select(q => new QuestionStatistic(q.Id, q.Text, tally[q.Id].Asked, tally[q.Id].Correct,
            tally[q.Id].Asked == 0 ? 0 : Math.Round(100m * tally[q.Id].Correct / tally[q.Id].Asked, 1)))];
    }
}

internal static class QuestionStatisticsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/courses/{courseId:guid}/assessment/statistics", async (Guid courseId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new QuestionStatistics(courseId), ct)))
            .RequireAuthorization(Policies.Trainer)
            .WithName(nameof(QuestionStatistics))
            .WithTags("Assessments");
}
