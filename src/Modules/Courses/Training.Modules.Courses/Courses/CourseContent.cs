using FluentValidation;
using Training.BuildingBlocks.Text;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Courses.Courses;

/// <summary>What a trainer writes; a published version freezes one of these.</summary>
internal sealed record CourseContent(
    string Title,
    string Summary,
    SkillCategory Category,
    decimal ExpectedHours,
    int MinimumAttendancePercent,
    int? CertificateValidityMonths,
    IReadOnlyList<CompetencyUnit> CompetencyUnits,
    IReadOnlyList<Lesson> Lessons);

internal sealed record CompetencyUnit(Guid Id, string? Code, string Title, IReadOnlyList<string> PerformanceCriteria);

internal sealed record Lesson(Guid Id, string Title, string Body);

/// <summary>The course as the API receives it (drafting and revising): ids are given by the server.</summary>
internal interface ICourseInput
{
    string Title { get; }

    string Summary { get; }

    SkillCategory Category { get; }

    decimal ExpectedHours { get; }

    int MinimumAttendancePercent { get; }

    int? CertificateValidityMonths { get; }

    IReadOnlyList<CompetencyUnitInput> CompetencyUnits { get; }

    IReadOnlyList<LessonInput> Lessons { get; }
}

internal static class CourseInputs
{
    public static CourseContent ToContent(this ICourseInput input) => new(
        input.Title.Trim(), input.Summary.Trim(), input.Category, input.ExpectedHours, input.MinimumAttendancePercent, input.CertificateValidityMonths,
        [.. input.CompetencyUnits.Select(u => new CompetencyUnit(Guid.NewGuid(), string.IsNullOrWhiteSpace(u.Code) ? null : u.Code.Trim().ToUpperInvariant(),
            u.Title.Trim(), [.. u.PerformanceCriteria.Select(c => c.Trim())]))],
        [.. input.Lessons.Select(l => new Lesson(Guid.NewGuid(), l.Title.Trim(), l.Body))]);

    /// <summary>The texts a certificate prints (course and unit titles): they may name no facility and no custody.</summary>
    public static Task EnsurePrintableAsync(this ICourseInput input, PublicText publicText, CancellationToken cancellationToken) =>
        publicText.EnsureFitAsync([input.Title, .. input.CompetencyUnits.Select(u => u.Title)], null, cancellationToken);
}

internal sealed record CompetencyUnitInput(string Title, IReadOnlyList<string> PerformanceCriteria, string? Code = null);

internal sealed record LessonInput(string Title, string Body);

internal abstract class CourseInputValidator<T> : AbstractValidator<T>
    where T : ICourseInput
{
    /// <summary>An SKKNI unit code: a letter, 6 digits, 3 digits, 2 digits (e.g. C.131000.001.01).</summary>
    public const string SkkniPattern = @"^[A-Za-z]\.[0-9]{6}\.[0-9]{3}\.[0-9]{2}$";

    protected CourseInputValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Summary).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.Category).IsInEnum();
        RuleFor(x => x.ExpectedHours).GreaterThan(0).LessThanOrEqualTo(2000);
        RuleFor(x => x.MinimumAttendancePercent).InclusiveBetween(0, 100);
        RuleFor(x => x.CertificateValidityMonths).InclusiveBetween(1, 120).When(x => x.CertificateValidityMonths is not null);
        RuleFor(x => x.CompetencyUnits).NotNull().Must(u => u.Count <= 50);
        RuleForEach(x => x.CompetencyUnits).ChildRules(unit =>
        {
            unit.RuleFor(u => u.Code).Matches(SkkniPattern).WithMessage("Use the SKKNI format, e.g. C.131000.001.01.")
                .When(u => !string.IsNullOrWhiteSpace(u.Code));
            unit.RuleFor(u => u.Title).NotEmpty().MaximumLength(300);
            unit.RuleFor(u => u.PerformanceCriteria).NotNull().Must(c => c.Count is > 0 and <= 50).WithMessage("A unit needs 1 to 50 performance criteria.");
            unit.RuleForEach(u => u.PerformanceCriteria).NotEmpty().MaximumLength(500);
        });
        RuleFor(x => x.Lessons).NotNull().Must(l => l.Count <= 200);
        RuleForEach(x => x.Lessons).ChildRules(lesson =>
        {
            lesson.RuleFor(l => l.Title).NotEmpty().MaximumLength(200);
            lesson.RuleFor(l => l.Body).NotNull().MaximumLength(100_000);
        });
    }
}
