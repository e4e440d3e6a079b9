using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Assessments.Results;

/// <summary>
/// An assessor of the learner's facility answers each unit's checklist Ya/Tidak, with notes and
/// photo evidence. Whoever trained the course may not assess it.
/// </summary>
internal sealed record RecordPractical(IReadOnlyList<RecordPractical.UnitInput> Units) : ICommand<ResultView>
{
    public Guid EnrollmentId { get; init; }

    internal sealed record UnitInput(string Code, IReadOnlyList<CriterionInput> Criteria, IReadOnlyList<Guid>? Evidence = null);

    internal sealed record CriterionInput(int Index, bool Met, string? Note = null);
}

internal sealed class RecordPracticalValidator : AbstractValidator<RecordPractical>
{
    public RecordPracticalValidator()
    {
        RuleFor(x => x.Units).NotNull().Must(u => u.Count is > 0 and <= 50);
        RuleForEach(x => x.Units).ChildRules(u =>
        {
            u.RuleFor(x => x.Code).NotEmpty();
            u.RuleFor(x => x.Criteria).NotNull().Must(c => c.Count is > 0 and <= 50 && c.Select(x => x.Index).Distinct().Count() == c.Count)
                .WithMessage("Answer each criterion once.");
            u.RuleForEach(x => x.Criteria).ChildRules(c => c.RuleFor(x => x.Note).MaximumLength(1000));
            u.RuleFor(x => x.Evidence).Must(e => e!.Count <= 20).When(x => x.Evidence is not null);
        });
    }
}

internal sealed class RecordPracticalHandler(IDocumentSession session, IMediator mediator, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RecordPractical, ResultView>
{
    public async Task<ResultView> Handle(RecordPractical command, CancellationToken cancellationToken)
    {
        var enrollment = await mediator.Send(new GetEnrollmentById(command.EnrollmentId), cancellationToken);
        if (enrollment is null || !user.IsInRole(Roles.Assessor) || user.FacilityId != enrollment.FacilityId)
        {
            throw new NotFound("enrollment", command.EnrollmentId);
        }

        var course = await mediator.Send(new GetCourseVersion(enrollment.CourseId, enrollment.CourseVersion), cancellationToken)
            ?? throw new NotFound("enrollment", command.EnrollmentId);
        if (course.AuthorId == user.Id)
        {
            throw new RuleBroken("assessment.practical.own-course", isConflict: true);
        }

        var plan = await Outcomes.PlanAsync(session, enrollment.CourseId, enrollment.CourseVersion, cancellationToken);
        if (plan is not { Practical: true })
        {
            throw new RuleBroken("assessment.no-practical-part", isConflict: true);
        }

        var units = command.Units.Select(input =>
        {
            var unit = course.CompetencyUnits.FirstOrDefault(u => string.Equals(u.Code, input.Code.Trim(), StringComparison.OrdinalIgnoreCase) || u.UnitId.ToString() == input.Code.Trim())
                ?? throw new RuleBroken("assessment.plan.unknown-unit");
            if (input.Criteria.Count != unit.PerformanceCriteria.Count || input.Criteria.Any(c => c.Index < 0 || c.Index >= unit.PerformanceCriteria.Count))
            {
                throw new RuleBroken("assessment.practical.criteria-incomplete");
            }

            return new PracticalUnit(unit.UnitId, [.. input.Criteria.OrderBy(c => c.Index).Select(c => new CriterionCheck(c.Index, c.Met, c.Note?.Trim()))], input.Evidence ?? []);
        }).ToList();

        var now = clock.GetUtcNow();
        var stream = await session.Events.FetchForWriting<AssessmentRecord>(AssessmentRecord.IdFor(command.EnrollmentId), cancellationToken);
        var recorded = new PracticalRecorded(command.EnrollmentId, units, user.Id!.Value, now);
        stream.AppendOne(recorded);
        var updated = stream.Aggregate is { } record ? record.Apply(recorded) : AssessmentRecord.Create(recorded);
        Outcomes.PublishIfPassed(stream, updated, plan, course, enrollment.LearnerId, now);
        return ResultView.Of(plan, course, updated);
    }
}

internal static class RecordPracticalEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/enrollments/{enrollmentId:guid}/practical", async (Guid enrollmentId, RecordPractical command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { EnrollmentId = enrollmentId }, ct)))
            .RequireAuthorization(Policies.Assessor)
            .WithName(nameof(RecordPractical))
            .WithTags("Assessments");
}
