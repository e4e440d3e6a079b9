using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Assessments.Plans;
using Training.Modules.Assessments.Results;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Assessments.Attempts;

/// <summary>
/// Grades an attempt at once on the answers saved by its deadline. Submitting again, or twenty
/// times at once from a double tap and retries, grades once and answers every time with that grade:
/// a submit that loses the race is tried again by the pipeline and finds the winner's grade.
/// </summary>
internal sealed record SubmitAttempt(Guid AttemptId) : ICommand<ResultView>;

internal sealed class SubmitAttemptHandler(IDocumentSession session, IMediator mediator, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SubmitAttempt, ResultView>
{
    public async Task<ResultView> Handle(SubmitAttempt command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Attempt>(command.AttemptId, cancellationToken);
        var attempt = stream.Aggregate is { } a && a.LearnerId == user.Id ? a : throw new NotFound("attempt", command.AttemptId);
        var plan = await session.LoadAsync<AssessmentPlan>(attempt.PlanId, cancellationToken) ?? throw new NotFound("attempt", command.AttemptId);
        var course = await mediator.Send(new GetCourseVersion(plan.CourseId, plan.CourseVersion), cancellationToken) ?? throw new NotFound("attempt", command.AttemptId);
        if (attempt.Grade is not null)
        {
            return await StoredResultAsync(attempt, plan, course, cancellationToken);
        }

        var now = clock.GetUtcNow();
        var grade = Grading.Grade(plan, attempt);
        stream.AppendOne(new AttemptGraded(attempt.Id, grade, Late: now > attempt.Deadline, now));
        var records = await session.Events.FetchForWriting<AssessmentRecord>(AssessmentRecord.IdFor(attempt.EnrollmentId), cancellationToken);
        var graded = new WrittenGraded(attempt.EnrollmentId, attempt.Id, grade, now);
        records.AppendOne(graded);
        var updated = records.Aggregate!.Apply(graded);
        Outcomes.PublishIfPassed(records, updated, plan, course, attempt.LearnerId, now);
        return ResultView.Of(plan, course, updated);
    }

    private async Task<ResultView> StoredResultAsync(Attempt attempt, AssessmentPlan plan, CourseVersionInfo course, CancellationToken cancellationToken)
    {
        var record = await session.LoadAsync<AssessmentRecord>(AssessmentRecord.IdFor(attempt.EnrollmentId), cancellationToken);
        return ResultView.Of(plan, course, record);
    }
}

internal static class SubmitAttemptEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/attempts/{attemptId:guid}/submit", async (Guid attemptId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SubmitAttempt(attemptId), ct)))
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(SubmitAttempt))
            .WithTags("Assessments");
}
