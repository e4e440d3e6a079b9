using Training.BuildingBlocks;

namespace Training.Modules.Assessments.Plans;

internal enum QuestionType
{
    SingleChoice,
    MultipleChoice,
    TrueFalse,
    Numeric,
}

/// <summary>One question of the bank, mapped to a competency unit. The key stays on the server.</summary>
internal sealed record Question(
    Guid Id, Guid UnitId, string Text, QuestionType Type, IReadOnlyList<string> Options, IReadOnlyList<int> Correct, decimal? CorrectNumber, decimal Tolerance)
{
    /// <summary>The two options every true/false question is stored with; pages show them in the reader's language.</summary>
    public static readonly IReadOnlyList<string> TrueFalseOptions = ["Benar / True", "Salah / False"];
}

internal sealed record WrittenSettings(int PassMarkPercent, int QuestionsPerAttempt, int TimeLimitMinutes, int MaxAttempts, int CooldownHours, bool Shuffle);

/// <summary>
/// How one course version is assessed: a written part (a question bank and its rules) and a
/// practical part (the units' performance criteria as a checklist); either may be absent.
/// </summary>
internal sealed record AssessmentPlan(Guid Id, Guid CourseId, int CourseVersion, WrittenSettings Settings, IReadOnlyList<Question> Questions, bool Practical)
{
    public bool HasWritten => Questions.Count > 0;

    public static AssessmentPlan Create(PlanDefined e) => new(e.PlanId, e.CourseId, e.CourseVersion, e.Settings, e.Questions, e.Practical);

    public AssessmentPlan Apply(PlanDefined e) => Create(e);

    /// <summary>One plan per course version, found again by its course and version.</summary>
    public static Guid IdFor(Guid courseId, int version) => StableGuid.From($"assessment-plan/{courseId:N}/{version}");
}

internal sealed record PlanDefined(
    Guid PlanId, Guid CourseId, int CourseVersion, WrittenSettings Settings, IReadOnlyList<Question> Questions, bool Practical, Guid By, DateTimeOffset At);
