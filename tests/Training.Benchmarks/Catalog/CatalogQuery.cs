using Training.Modules.Courses.Contracts;

namespace Training.Benchmarks.Catalog;

/// <summary>One catalog search as a visitor makes it: words, a category, both or neither, and a page.</summary>
internal sealed record CatalogQuery(string? Q, SkillCategory? Category, int Page = 1)
{
    /// <summary>
    /// The fixed mix every worker cycles through: rare and common words, two-word searches in both
    /// languages, category pages, words within a category, and plain browsing.
    /// </summary>
    public static IReadOnlyList<CatalogQuery> Mix { get; } =
    [
        new("batik", null),
        new("tenun", null),
        new("anyaman rotan", null),
        new("kue", null),
        new("excel", null),
        new("pemula", null),
        new("online marketing", null),
        new(null, SkillCategory.Sewing),
        new(null, SkillCategory.Agriculture, 2),
        new(null, SkillCategory.ComputerLiteracy),
        new("tulis", SkillCategory.Batik),
        new("kebaya", SkillCategory.Sewing),
        new("hidroponik", SkillCategory.Agriculture),
        new("purun", SkillCategory.Weaving),
        new(null, null),
        new(null, null, 5),
    ];

    public override string ToString() => $"q={Q ?? "-"} category={Category?.ToString() ?? "-"} page={Page}";
}
