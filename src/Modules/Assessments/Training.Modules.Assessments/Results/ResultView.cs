using Training.Modules.Assessments.Contracts;

namespace Training.Modules.Assessments.Results;

/// <summary>Kompeten / Belum Kompeten per unit and whether the course is passed; never an answer key.</summary>
internal sealed record ResultView(decimal? ScorePercent, IReadOnlyList<ResultView.UnitView> Units, bool Passed)
{
    internal sealed record UnitView(Guid UnitId, string? Code, string Title, Competence Outcome);

    public static ResultView Of(decimal? score, IReadOnlyList<UnitOutcome> units) =>
        new(score, [.. units.Select(u => new UnitView(u.UnitId, u.Code, u.Title, u.Outcome))], Outcomes.Passed(units));
}
