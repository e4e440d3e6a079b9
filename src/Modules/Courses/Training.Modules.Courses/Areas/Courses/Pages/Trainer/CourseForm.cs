using System.Globalization;
using Training.Modules.Courses.Contracts;
using Training.Modules.Courses.Courses;

namespace Training.Modules.Courses.Pages.Trainer;

/// <summary>
/// The course editor's fields. Numbers arrive as text so that "1,5" and "1.5" both mean one and a
/// half hours, and a typo is refused by the validator instead of silently becoming zero.
/// Rows left blank are dropped, so the page can always offer one empty unit and lesson to fill in.
/// </summary>
internal sealed class CourseForm
{
    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Category { get; set; }

    public string? ExpectedHours { get; set; }

    public string? MinimumAttendancePercent { get; set; } = "75";

    public string? CertificateValidityMonths { get; set; }

    public long? ExpectedVersion { get; set; }

    public List<UnitForm> CompetencyUnits { get; set; } = [];

    public List<LessonForm> Lessons { get; set; } = [];

    public static CourseForm From(CourseContent content, long? revision) => new()
    {
        Title = content.Title,
        Summary = content.Summary,
        Category = content.Category.ToString(),
        ExpectedHours = content.ExpectedHours.ToString("0.##", CultureInfo.InvariantCulture),
        MinimumAttendancePercent = content.MinimumAttendancePercent.ToString(CultureInfo.InvariantCulture),
        CertificateValidityMonths = content.CertificateValidityMonths?.ToString(CultureInfo.InvariantCulture),
        ExpectedVersion = revision,
        CompetencyUnits = [.. content.CompetencyUnits.Select(u => new UnitForm { Code = u.Code, Title = u.Title, Criteria = string.Join('\n', u.PerformanceCriteria) })],
        Lessons = [.. content.Lessons.Select(l => new LessonForm { Title = l.Title, Body = l.Body })],
    };

    /// <summary>Drops blank rows, so the indices of what is shown again match the validator's messages.</summary>
    public void DropBlankRows()
    {
        CompetencyUnits = [.. CompetencyUnits.Where(u => !string.IsNullOrWhiteSpace(u.Code) || !string.IsNullOrWhiteSpace(u.Title) || !string.IsNullOrWhiteSpace(u.Criteria))];
        Lessons = [.. Lessons.Where(l => !string.IsNullOrWhiteSpace(l.Title) || !string.IsNullOrWhiteSpace(l.Body))];
    }

    public DraftCourse ToDraft() => new(
        Title ?? "", Summary ?? "", CategoryValue, Hours, Whole(MinimumAttendancePercent) ?? -1, Units, LessonInputs, Months);

    public ReviseCourse ToRevision(Guid courseId) => new(
        Title ?? "", Summary ?? "", CategoryValue, Hours, Whole(MinimumAttendancePercent) ?? -1, Units, LessonInputs, Months, ExpectedVersion)
    {
        CourseId = courseId,
    };

    // An unknown category or number is sent as an out-of-range value: the validator names the field.
    private SkillCategory CategoryValue => Enum.TryParse<SkillCategory>(Category, out var c) && Enum.IsDefined(c) ? c : (SkillCategory)(-1);

    private decimal Hours =>
        decimal.TryParse(ExpectedHours?.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var hours) ? hours : 0;

    private int? Months => string.IsNullOrWhiteSpace(CertificateValidityMonths) ? null : Whole(CertificateValidityMonths) ?? 0;

    private List<CompetencyUnitInput> Units =>
        [.. CompetencyUnits.Select(u => new CompetencyUnitInput(u.Title ?? "", Lines(u.Criteria), u.Code))];

    private List<LessonInput> LessonInputs => [.. Lessons.Select(l => new LessonInput(l.Title ?? "", l.Body ?? ""))];

    private static int? Whole(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    internal sealed class UnitForm
    {
        public string? Code { get; set; }

        public string? Title { get; set; }

        /// <summary>The performance criteria (KUK), one per line.</summary>
        public string? Criteria { get; set; }
    }

    internal sealed class LessonForm
    {
        public string? Title { get; set; }

        public string? Body { get; set; }

        /// <summary>Ends the lesson with the uploaded picture, described for screen readers (by the lesson's title when left blank).</summary>
        public void AddPicture(string? description, Guid imageId)
        {
            var alt = string.IsNullOrWhiteSpace(description) ? Title : description;

            // Brackets and line breaks would end the Markdown image's description early.
            var safeAlt = new string([.. (alt ?? "").Where(c => c is not ('[' or ']' or '\\' or '\r' or '\n'))]).Trim();
            Body = $"{Body?.TrimEnd()}\n\n![{safeAlt}](/api/courses/images/{imageId})\n".TrimStart();
        }
    }
}
