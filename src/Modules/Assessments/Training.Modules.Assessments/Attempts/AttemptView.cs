using Training.Modules.Assessments.Plans;

namespace Training.Modules.Assessments.Attempts;

/// <summary>An attempt as the learner sees it: questions and options in the drawn order, never the key.</summary>
internal sealed record AttemptView(Guid AttemptId, DateTimeOffset Deadline, IReadOnlyList<AttemptView.QuestionView> Questions, IReadOnlyList<Answer> SavedAnswers)
{
    internal sealed record QuestionView(Guid Id, string Text, QuestionType Type, IReadOnlyList<string> Options);

    public static AttemptView Of(Attempt attempt, AssessmentPlan plan)
    {
        var bank = plan.Questions.ToDictionary(q => q.Id);
        return new AttemptView(attempt.Id, attempt.Deadline,
            [.. attempt.Questions.Where(d => bank.ContainsKey(d.QuestionId)).Select(d => new QuestionView(d.QuestionId, bank[d.QuestionId].Text, bank[d.QuestionId].Type,
                [.. d.OptionOrder.Select(i => bank[d.QuestionId].Options[i])]))],
            attempt.Answers);
    }

    /// <summary>Whether a question has a saved answer: an option chosen or a number given.</summary>
    public bool Answered(Guid questionId) => SavedAnswers.Any(a => a.QuestionId == questionId && (a.Selected.Count > 0 || a.Number is not null));
}
