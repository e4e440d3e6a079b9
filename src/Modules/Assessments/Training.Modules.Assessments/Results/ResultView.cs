using Training.Modules.Assessments.Attempts;
using Training.Modules.Assessments.Contracts;
using Training.Modules.Assessments.Plans;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Assessments.Results;

/// <summary>
/// Kompeten / Belum Kompeten per unit and whether the course is passed; per unit also the written share
/// and where its practical stands, with the assessor's notes on each criterion not yet met. Never an answer key.
/// </summary>
internal sealed record ResultView(decimal? ScorePercent, IReadOnlyList<ResultView.UnitView> Units, bool Passed)
{
    internal sealed record UnitView(
        Guid UnitId, string? Code, string Title, Competence Outcome, WrittenShare? Written, PracticalState Practical, IReadOnlyList<UnmetCriterion> Unmet);

    /// <summary>The questions of this unit the latest graded attempt got right, of those it asked.</summary>
    internal sealed record WrittenShare(int Right, int Asked);

    internal sealed record UnmetCriterion(string Criterion, string? Note);

    public static ResultView Of(AssessmentPlan plan, CourseVersionInfo course, AssessmentRecord? record)
    {
        var outcomes = Outcomes.Of(plan, course, record);
        return new(record?.Written?.ScorePercent, [.. course.CompetencyUnits.Zip(outcomes, (unit, outcome) => Unit(plan, unit, outcome, record))], Outcomes.Passed(outcomes));
    }

    private static UnitView Unit(AssessmentPlan plan, CompetencyUnitInfo unit, UnitOutcome outcome, AssessmentRecord? record)
    {
        var grade = record?.Written;
        var written = grade?.Units.FirstOrDefault(u => u.UnitId == unit.UnitId) is { } share ? new WrittenShare(share.Correct, share.Asked) : null;
        var checklist = record?.Practical.FirstOrDefault(p => p.UnitId == unit.UnitId);
        var writtenPasses = !plan.HasWritten || (grade is not null && Grading.UnitPasses(grade, unit.UnitId, plan.Settings.PassMarkPercent));
        var practical = !plan.Practical ? PracticalState.None
            : checklist is { AllMet: true } ? PracticalState.Met
            : checklist is not null ? PracticalState.NotYetMet
            : writtenPasses ? PracticalState.Waiting
            : PracticalState.AfterWritten;
        IReadOnlyList<UnmetCriterion> unmet = checklist is null ? [] :
            [.. checklist.Criteria.Where(c => !c.Met).Select(c => new UnmetCriterion(c.Index < unit.PerformanceCriteria.Count ? unit.PerformanceCriteria[c.Index] : "", c.Note))];
        return new UnitView(unit.UnitId, unit.Code, unit.Title, outcome.Outcome, written, practical, unmet);
    }
}
