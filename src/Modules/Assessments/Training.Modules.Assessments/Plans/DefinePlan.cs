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

namespace Training.Modules.Assessments.Plans;

/// <summary>The course's trainer sets how its current published version is assessed; setting it again replaces it.</summary>
internal sealed record DefinePlan(
    int PassMarkPercent, int QuestionsPerAttempt, int TimeLimitMinutes, int MaxAttempts, int CooldownHours, bool Shuffle,
    IReadOnlyList<DefinePlan.QuestionInput> Questions, bool Practical) : ICommand<int>
{
    public Guid CourseId { get; init; }

    internal sealed record QuestionInput(
        string UnitCode, string Text, QuestionType Type, IReadOnlyList<string>? Options = null, IReadOnlyList<int>? Correct = null,
        decimal? CorrectNumber = null, decimal Tolerance = 0);
}

internal sealed class DefinePlanValidator : AbstractValidator<DefinePlan>
{
    public DefinePlanValidator()
    {
        RuleFor(x => x.PassMarkPercent).InclusiveBetween(1, 100);
        RuleFor(x => x.TimeLimitMinutes).InclusiveBetween(1, 600);
        RuleFor(x => x.MaxAttempts).InclusiveBetween(1, 20);
        RuleFor(x => x.CooldownHours).InclusiveBetween(0, 24 * 90);
        RuleFor(x => x.Questions).Cascade(CascadeMode.Stop).NotNull().Must(q => q.Count <= 500).WithErrorCode("assessment.plan.too-many-questions");
        RuleFor(x => x.QuestionsPerAttempt).InclusiveBetween(1, 200);

        // The state carries both numbers, so a page can say "the bank has 6 questions, each attempt draws 10".
        RuleFor(x => x.QuestionsPerAttempt).LessThanOrEqualTo(x => x.Questions.Count).When(x => x.Questions is { Count: > 0 })
            .WithErrorCode("assessment.plan.draws-more-than-bank").WithState(x => new[] { x.Questions.Count, x.QuestionsPerAttempt });
        RuleFor(x => x).Must(x => x.Practical || x.Questions is { Count: > 0 }).OverridePropertyName("Questions")
            .WithErrorCode("assessment.plan.nothing-to-assess").WithMessage("A plan needs a written part, a practical part or both.");
        RuleForEach(x => x.Questions).SetValidator(new QuestionInputValidator());
    }
}

/// <summary>One question of the bank, whether typed in the editor or imported from a file.</summary>
internal sealed class QuestionInputValidator : AbstractValidator<DefinePlan.QuestionInput>
{
    public QuestionInputValidator()
    {
        RuleFor(x => x.UnitCode).NotEmpty();
        RuleFor(x => x.Text).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.Options).Cascade(CascadeMode.Stop).NotNull().Must(o => o!.Count is >= 2 and <= 8).WithMessage("Give 2 to 8 options.")
            .WithErrorCode("assessment.plan.option-count")
            .When(x => x.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice);
        RuleForEach(x => x.Options).NotEmpty().MaximumLength(500).When(x => x.Options is not null);
        RuleFor(x => x.Correct).Cascade(CascadeMode.Stop).NotNull().Must((x, c) => c!.Count > 0 && c.All(i => i >= 0 && i < OptionCount(x)) && c.Distinct().Count() == c.Count)
            .WithMessage("Mark the correct options by their index.").WithErrorCode("assessment.plan.correct-options").When(x => x.Type != QuestionType.Numeric);
        RuleFor(x => x.Correct).Must(c => c!.Count == 1).WithMessage("Exactly one option is correct.").WithErrorCode("assessment.plan.one-correct")
            .When(x => x.Type is QuestionType.SingleChoice or QuestionType.TrueFalse && x.Correct is not null);
        RuleFor(x => x.CorrectNumber).NotNull().When(x => x.Type == QuestionType.Numeric);
        RuleFor(x => x.Tolerance).GreaterThanOrEqualTo(0);
    }

    public static int OptionCount(DefinePlan.QuestionInput q) => q.Type == QuestionType.TrueFalse ? 2 : q.Options?.Count ?? 0;
}

internal sealed class DefinePlanHandler(IDocumentSession session, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<DefinePlan, int>
{
    public async Task<int> Handle(DefinePlan command, CancellationToken cancellationToken)
    {
        var course = await mediator.Send(new GetCurrentCourseVersion(command.CourseId), cancellationToken);
        if (course is null || course.AuthorId != user.Id)
        {
            throw new NotFound("course", command.CourseId);
        }

        var units = course.CompetencyUnits;
        var planId = AssessmentPlan.IdFor(course.CourseId, course.Version);

        // A question kept as it was keeps its id: open attempts and the statistics refer to it.
        var existing = (await session.LoadAsync<AssessmentPlan>(planId, cancellationToken))?.Questions ?? [];
        var questions = command.Questions.Select(q =>
        {
            var unit = units.FirstOrDefault(u => string.Equals(u.Code, q.UnitCode.Trim(), StringComparison.OrdinalIgnoreCase) || u.UnitId.ToString() == q.UnitCode.Trim())
                ?? throw new RuleBroken("assessment.plan.unknown-unit");
            var options = q.Type == QuestionType.TrueFalse ? Question.TrueFalseOptions : q.Options ?? [];
            var text = q.Text.Trim();
            var id = existing.FirstOrDefault(e => e.UnitId == unit.UnitId && e.Text == text && e.Type == q.Type && e.Options.Count == options.Count)?.Id ?? Guid.NewGuid();
            return new Question(id, unit.UnitId, text, q.Type, options, q.Correct ?? [], q.CorrectNumber, q.Tolerance);
        }).ToList();

        var settings = new WrittenSettings(command.PassMarkPercent, command.QuestionsPerAttempt, command.TimeLimitMinutes, command.MaxAttempts, command.CooldownHours, command.Shuffle);
        session.Events.Append(planId, new PlanDefined(planId, course.CourseId, course.Version, settings, questions, command.Practical, user.Id!.Value, clock.GetUtcNow()));
        return course.Version;
    }
}

internal static class DefinePlanEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/courses/{courseId:guid}/assessment", async (Guid courseId, DefinePlan command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { courseVersion = await mediator.Send(command with { CourseId = courseId }, ct) }))
            .RequireAuthorization(Policies.Trainer)
            .WithName(nameof(DefinePlan))
            .WithTags("Assessments");
}
