using FluentAssertions;
using Training.Modules.Assessments.Attempts;
using Training.Modules.Assessments.Plans;
using Xunit;

namespace Training.Modules.Assessments.Tests;

public sealed class GradingAnswers
{
    private static readonly Guid Unit = Guid.NewGuid();

    private static Question Choice(QuestionType type, params int[] correct) =>
        new(Guid.NewGuid(), Unit, "Pilih", type, ["a", "b", "c", "d"], correct, null, 0);

    private static bool Grade(Question question, IReadOnlyList<int> shownOrder, params int[] selected) =>
        Grading.IsRight(question, new DrawnQuestion(question.Id, shownOrder), new Answer(question.Id, selected, null));

    [Fact]
    public void A_single_choice_is_right_only_with_the_correct_option() =>
        (Grade(Choice(QuestionType.SingleChoice, 2), [0, 1, 2, 3], 2), Grade(Choice(QuestionType.SingleChoice, 2), [0, 1, 2, 3], 1))
            .Should().Be((true, false));

    [Fact]
    public void A_multiple_choice_needs_every_correct_option_and_no_other()
    {
        var question = Choice(QuestionType.MultipleChoice, 0, 3);

        Grade(question, [0, 1, 2, 3], 0, 3).Should().BeTrue();
        Grade(question, [0, 1, 2, 3], 0).Should().BeFalse("a partly right answer is wrong");
        Grade(question, [0, 1, 2, 3], 0, 1, 3).Should().BeFalse();
    }

    [Fact]
    public void True_or_false_is_graded_like_a_single_choice()
    {
        var question = new Question(Guid.NewGuid(), Unit, "Purun harus kering", QuestionType.TrueFalse, ["Benar", "Salah"], [0], null, 0);

        (Grade(question, [0, 1], 0), Grade(question, [0, 1], 1)).Should().Be((true, false));
    }

    [Fact]
    public void A_numeric_answer_is_right_within_the_tolerance()
    {
        var question = new Question(Guid.NewGuid(), Unit, "Berapa cm?", QuestionType.Numeric, [], [], 25m, 0.5m);

        bool Answer(decimal? number) => Grading.IsRight(question, new DrawnQuestion(question.Id, []), new Answer(question.Id, [], number));

        (Answer(25.4m), Answer(24.5m), Answer(25.6m), Answer(null)).Should().Be((true, true, false, false));
    }

    [Fact]
    public void Shuffled_options_are_graded_by_what_the_learner_saw()
    {
        var question = Choice(QuestionType.SingleChoice, 2);
        int[] shown = [3, 2, 0, 1];

        Grade(question, shown, 1).Should().BeTrue("the second option shown is the original third");
        Grade(question, shown, 2).Should().BeFalse();
        Grade(question, shown, 9).Should().BeFalse("an option that was never shown is wrong, not an error");
    }

    [Fact]
    public void The_score_and_each_units_share_count_the_drawn_questions_only()
    {
        var other = Guid.NewGuid();
        Question[] bank = [Choice(QuestionType.SingleChoice, 0), Choice(QuestionType.SingleChoice, 0), Choice(QuestionType.SingleChoice, 0) with { UnitId = other }];
        var plan = new AssessmentPlan(Guid.NewGuid(), Guid.NewGuid(), 1, new WrittenSettings(60, 3, 30, 3, 0, false), bank, false);
        var attempt = new Attempt(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), plan.Id, [.. bank.Select(q => new DrawnQuestion(q.Id, [0, 1, 2, 3]))],
            DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(1),
            [new Answer(bank[0].Id, [0], null), new Answer(bank[1].Id, [1], null), new Answer(bank[2].Id, [0], null)], null, null);

        var grade = Grading.Grade(plan, attempt);

        grade.ScorePercent.Should().Be(66.7m);
        grade.PassedWritten.Should().BeTrue();
        Grading.UnitPasses(grade, Unit, 60).Should().BeFalse("half of this unit's questions is below 60%");
        Grading.UnitPasses(grade, other, 60).Should().BeTrue();
    }
}
