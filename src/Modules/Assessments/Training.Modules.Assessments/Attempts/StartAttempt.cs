using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Assessments.Plans;
using Training.Modules.Assessments.Results;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Assessments.Attempts;

/// <summary>
/// A learner starts the written part. The server draws and shuffles the questions and fixes the
/// deadline; a still-open attempt is handed back instead of a new one. Each refusal says why.
/// </summary>
internal sealed record StartAttempt(Guid EnrollmentId) : ICommand<AttemptView>;

internal sealed class StartAttemptHandler(IDocumentSession session, IMediator mediator, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<StartAttempt, AttemptView>
{
    public async Task<AttemptView> Handle(StartAttempt command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var enrollment = await mediator.Send(new GetEnrollmentById(command.EnrollmentId), cancellationToken);
        if (enrollment is null || enrollment.LearnerId != user.Id)
        {
            throw new NotFound("enrollment", command.EnrollmentId);
        }

        var plan = await Outcomes.PlanAsync(session, enrollment.CourseId, enrollment.CourseVersion, cancellationToken);
        var stream = await session.Events.FetchForWriting<AssessmentRecord>(AssessmentRecord.IdFor(command.EnrollmentId), cancellationToken);
        var record = stream.Aggregate;
        var last = record is { Attempts.Count: > 0 } ? await session.LoadAsync<Attempt>(record.Attempts[^1], cancellationToken) : null;
        if (last is not null && plan is not null && last.IsOpen(now))
        {
            return AttemptView.Of(last, plan);
        }

        Eligibility.Ensure(enrollment, plan, record, last, now);
        var attempt = Draw(plan!, enrollment.EnrollmentId, user.Id!.Value, now);
        session.Events.StartStream<Attempt>(attempt.AttemptId, attempt);
        stream.AppendOne(new AttemptOpened(enrollment.EnrollmentId, attempt.AttemptId, now));
        return AttemptView.Of(Attempt.Create(attempt), plan!);
    }

    private static AttemptStarted Draw(AssessmentPlan plan, Guid enrollmentId, Guid learnerId, DateTimeOffset now)
    {
        var drawn = plan.Questions.OrderBy(_ => Random.Shared.Next()).Take(plan.Settings.QuestionsPerAttempt)
            .Select(q => new DrawnQuestion(q.Id, plan.Settings.Shuffle
                ? [.. Enumerable.Range(0, q.Options.Count).OrderBy(_ => Random.Shared.Next())]
                : [.. Enumerable.Range(0, q.Options.Count)]))
            .ToList();
        return new AttemptStarted(Guid.NewGuid(), enrollmentId, learnerId, plan.Id, drawn, now.AddMinutes(plan.Settings.TimeLimitMinutes), now);
    }
}

/// <summary>Who may start an attempt now; each refusal is a code the pages and API translate.</summary>
internal static class Eligibility
{
    public static void Ensure(EnrollmentInfo enrollment, AssessmentPlan? plan, AssessmentRecord? record, Attempt? last, DateTimeOffset now)
    {
        if (!enrollment.Active)
        {
            throw new RuleBroken("assessment.not-enrolled", isConflict: true);
        }

        if (plan is not { HasWritten: true })
        {
            throw new RuleBroken("assessment.no-written-part", isConflict: true);
        }

        if (record?.PassedAt is not null)
        {
            throw new RuleBroken("assessment.already-passed", isConflict: true);
        }

        if (enrollment.AttendancePercent < enrollment.MinimumAttendancePercent)
        {
            throw new RuleBroken("assessment.attendance-too-low", isConflict: true);
        }

        if ((record?.Attempts.Count ?? 0) >= plan.Settings.MaxAttempts)
        {
            throw new RuleBroken("assessment.no-attempts-left", isConflict: true);
        }

        var lastEnded = last is null ? (DateTimeOffset?)null : last.SubmittedAt ?? last.Deadline;
        if (lastEnded is { } ended && ended.AddHours(plan.Settings.CooldownHours) > now)
        {
            throw new RuleBroken("assessment.cooling-down", isConflict: true);
        }
    }
}

internal static class StartAttemptEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/enrollments/{enrollmentId:guid}/attempts", async (Guid enrollmentId, IMediator mediator, CancellationToken ct) =>
            {
                var attempt = await mediator.Send(new StartAttempt(enrollmentId), ct);
                return TypedResults.Created($"/api/attempts/{attempt.AttemptId}", attempt);
            })
            .CreatesResource()
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(StartAttempt))
            .WithTags("Assessments");
}
