using Training.Modules.Assessments.Plans;

namespace Training.Modules.Assessments.Attempts;

/// <summary>Marks an attempt against the plan's key. Answers refer to options as shown; the draw's order maps them back.</summary>
internal static class Grading
{
    public static Grade Grade(AssessmentPlan plan, Attempt attempt)
    {
        var questions = plan.Questions.ToDictionary(q => q.Id);
        var answers = attempt.Answers.ToDictionary(a => a.QuestionId);
        // A question the trainer has since removed from the bank no longer counts.
        var marks = attempt.Questions.Where(drawn => questions.ContainsKey(drawn.QuestionId)).Select(drawn =>
        {
            var question = questions[drawn.QuestionId];
            var right = answers.TryGetValue(drawn.QuestionId, out var answer) && IsRight(question, drawn, answer);
            return (question.UnitId, right);
        }).ToList();

        var score = marks.Count == 0 ? 0 : Math.Round(100m * marks.Count(m => m.right) / marks.Count, 1);
        var units = marks.GroupBy(m => m.UnitId).Select(g => new UnitScore(g.Key, g.Count(m => m.right), g.Count())).ToList();
        return new Grade(score, units, score >= plan.Settings.PassMarkPercent);
    }

    /// <summary>Every chosen option and only those; a partly right multiple choice is wrong.</summary>
    public static bool IsRight(Question question, DrawnQuestion drawn, Answer answer)
    {
        if (question.Type == QuestionType.Numeric)
        {
            return answer.Number is { } number && question.CorrectNumber is { } correct && Math.Abs(number - correct) <= question.Tolerance;
        }

        if (answer.Selected.Any(shown => shown < 0 || shown >= drawn.OptionOrder.Count))
        {
            return false;
        }

        var chosen = answer.Selected.Select(shown => drawn.OptionOrder[shown]).ToHashSet();
        return chosen.SetEquals(question.Correct);
    }

    /// <summary>Whether a unit's written share meets the pass mark; a unit no question asked about goes by the whole score.</summary>
    public static bool UnitPasses(Grade grade, Guid unitId, int passMarkPercent) =>
        grade.Units.FirstOrDefault(u => u.UnitId == unitId) is { } unit
            ? 100m * unit.Correct / unit.Asked >= passMarkPercent
            : grade.ScorePercent >= passMarkPercent;
}
