namespace Training.Modules.Assessments.Attempts;

/// <summary>A drawn question as the learner sees it: the options in the order shown.</summary>
internal sealed record DrawnQuestion(Guid QuestionId, IReadOnlyList<int> OptionOrder);

internal sealed record Answer(Guid QuestionId, IReadOnlyList<int> Selected, decimal? Number);

internal sealed record UnitScore(Guid UnitId, int Correct, int Asked);

internal sealed record Grade(decimal ScorePercent, IReadOnlyList<UnitScore> Units, bool PassedWritten);

/// <summary>
/// One sitting of the written part: the questions drawn and shuffled by the server, the deadline it
/// fixed, the answers saved as the learner goes, and the grade once submitted.
/// </summary>
internal sealed record Attempt(
    Guid Id, Guid EnrollmentId, Guid LearnerId, Guid PlanId, IReadOnlyList<DrawnQuestion> Questions, DateTimeOffset StartedAt, DateTimeOffset Deadline,
    IReadOnlyList<Answer> Answers, Grade? Grade, DateTimeOffset? SubmittedAt)
{
    public bool IsOpen(DateTimeOffset now) => Grade is null && now <= Deadline;

    public static Attempt Create(AttemptStarted e) => new(e.AttemptId, e.EnrollmentId, e.LearnerId, e.PlanId, e.Questions, e.At, e.Deadline, [], null, null);

    public Attempt Apply(AnswersSaved e) => this with
    {
        Answers = [.. Answers.Where(a => e.Answers.All(n => n.QuestionId != a.QuestionId)), .. e.Answers],
    };

    public Attempt Apply(AttemptGraded e) => this with { Grade = e.Grade, SubmittedAt = e.At };
}

internal sealed record AttemptStarted(
    Guid AttemptId, Guid EnrollmentId, Guid LearnerId, Guid PlanId, IReadOnlyList<DrawnQuestion> Questions, DateTimeOffset Deadline, DateTimeOffset At);

internal sealed record AnswersSaved(Guid AttemptId, IReadOnlyList<Answer> Answers, DateTimeOffset At);

internal sealed record AttemptGraded(Guid AttemptId, Grade Grade, bool Late, DateTimeOffset At);
