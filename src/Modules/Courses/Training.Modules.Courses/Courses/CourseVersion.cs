using Training.Modules.Courses.Contracts;

namespace Training.Modules.Courses.Courses;

/// <summary>One published version, frozen: cohorts and learners stay on the version they started.</summary>
internal sealed record CourseVersion(string Id, Guid CourseId, int Version, CourseContent Content, DateTimeOffset PublishedAt)
{
    public static string IdOf(Guid courseId, int version) => $"{courseId:N}/{version}";

    public CourseVersionInfo ToInfo(Guid authorId) => new(
        CourseId, authorId, Version, Content.Title, Content.Category, Content.ExpectedHours, Content.MinimumAttendancePercent, Content.CertificateValidityMonths,
        [.. Content.CompetencyUnits.Select(u => new CompetencyUnitInfo(u.Id, u.Code, u.Title, u.PerformanceCriteria))]);
}

/// <summary>The catalog's row for a course: its current published version, searchable by words.</summary>
internal sealed record CatalogEntry(Guid Id, string Title, string Summary, SkillCategory Category, decimal ExpectedHours, int Version, bool Listed);
