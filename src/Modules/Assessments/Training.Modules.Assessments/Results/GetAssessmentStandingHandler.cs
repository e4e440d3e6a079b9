using Marten;
using MediatR;
using Training.Modules.Assessments.Attempts;
using Training.Modules.Assessments.Contracts;
using Training.Modules.Assessments.Plans;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Assessments.Results;

internal sealed class GetAssessmentStandingHandler(IQuerySession session, IMediator mediator, TimeProvider clock)
    : IRequestHandler<GetAssessmentStanding, AssessmentStanding?>
{
    public async Task<AssessmentStanding?> Handle(GetAssessmentStanding query, CancellationToken cancellationToken)
    {
        var enrollment = await mediator.Send(new GetEnrollmentById(query.EnrollmentId), cancellationToken);
        if (enrollment is null || enrollment.LearnerId != query.LearnerId
            || await Outcomes.PlanAsync(session, enrollment.CourseId, enrollment.CourseVersion, cancellationToken) is not { } plan)
        {
            return null;
        }

        var record = await session.LoadAsync<AssessmentRecord>(AssessmentRecord.IdFor(query.EnrollmentId), cancellationToken);
        var last = record is { Attempts.Count: > 0 } ? await session.LoadAsync<Attempt>(record.Attempts[^1], cancellationToken) : null;
        return Standing.Of(query.EnrollmentId, plan, record, last, clock.GetUtcNow());
    }
}

/// <summary>The same rules as <see cref="Eligibility"/>, told as what comes next instead of as a refusal.</summary>
internal static class Standing
{
    public static AssessmentStanding Of(Guid enrollmentId, AssessmentPlan plan, AssessmentRecord? record, Attempt? last, DateTimeOffset now)
    {
        var attemptsLeft = plan.HasWritten ? Math.Max(0, plan.Settings.MaxAttempts - (record?.Attempts.Count ?? 0)) : 0;
        var lastEnded = last is null || last.IsOpen(now) ? (DateTimeOffset?)null : last.SubmittedAt ?? last.Deadline;
        var nextAt = lastEnded?.AddHours(plan.Settings.CooldownHours) is { } at && at > now ? at : (DateTimeOffset?)null;
        var writtenDone = !plan.HasWritten || record?.Written?.PassedWritten == true;
        var next = record?.PassedAt is not null ? AssessmentStep.Passed
            : plan.Practical && writtenDone ? AssessmentStep.WaitingForPractical
            : attemptsLeft > 0 || last?.IsOpen(now) == true ? AssessmentStep.WrittenTest
            : AssessmentStep.NoAttemptsLeft;
        return new AssessmentStanding(enrollmentId, next, plan.HasWritten, plan.Practical, attemptsLeft, plan.HasWritten ? plan.Settings.MaxAttempts : 0,
            next == AssessmentStep.WrittenTest ? nextAt : null, record?.PassedAt);
    }
}
