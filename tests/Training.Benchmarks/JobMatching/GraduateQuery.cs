using System.Globalization;
using Training.Modules.JobMatching.Search;

namespace Training.Benchmarks.JobMatching;

/// <summary>
/// One graduate search as an employer makes it: one skill category or one unit code, filters and a page
/// of 20. The province is given by name as the API takes it, and by BPS code for the raw SQL.
/// </summary>
internal sealed record GraduateQuery(string Label, string? Skill, string? UnitCode, string? Province, string? ProvinceCode, int? AvailableBy, string? WorkType, int Page)
{
    public const int PageSize = 20;

    /// <summary>The three typical combinations; Jawa Barat has no regencies in the module's list, so (c) names none.</summary>
    public static IReadOnlyList<GraduateQuery> Typical(int thisMonth) =>
    [
        new("(a) skill=Weaving province=Kalimantan Tengah", "Weaving", null, "Kalimantan Tengah", "62", null, null, 1),
        new("(b) unitCode=C.141000.001.01 availableBy=+6 months workType=HomeBased", null, "C.141000.001.01", null, null, thisMonth + 6, "HomeBased", 1),
        new("(c) skill=Sewing province=Jawa Barat page=3", "Sewing", null, "Jawa Barat", "32", null, null, 3),
    ];

    public SearchGraduates Request() => new(
        Skill is null ? [] : [Skill], UnitCode is null ? [] : [UnitCode], Province, null,
        AvailableBy is { } month ? string.Create(CultureInfo.InvariantCulture, $"{month / 12:D4}-{(month % 12) + 1:D2}") : null, WorkType, Page, PageSize);
}
