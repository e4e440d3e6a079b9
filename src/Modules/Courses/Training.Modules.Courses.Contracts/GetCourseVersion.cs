using MediatR;

namespace Training.Modules.Courses.Contracts;

/// <summary>A published version of a course, exactly as it was published; null when there is no such version.</summary>
public sealed record GetCourseVersion(Guid CourseId, int Version) : IRequest<CourseVersionInfo?>;

/// <summary>The course's latest published version; null when it has none.</summary>
public sealed record GetCurrentCourseVersion(Guid CourseId) : IRequest<CourseVersionInfo?>;

public sealed record CourseVersionInfo(
    Guid CourseId,
    Guid AuthorId,
    int Version,
    string Title,
    SkillCategory Category,
    decimal ExpectedHours,
    int MinimumAttendancePercent,
    int? CertificateValidityMonths,
    IReadOnlyList<CompetencyUnitInfo> CompetencyUnits);

public sealed record CompetencyUnitInfo(Guid UnitId, string? Code, string Title, IReadOnlyList<string> PerformanceCriteria);

/// <summary>The latest published versions of the courses an author wrote (e.g. to set their assessments).</summary>
public sealed record ListCoursesByAuthor(Guid AuthorId) : IRequest<IReadOnlyList<CourseVersionInfo>>;
