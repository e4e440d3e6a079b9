using Training.Modules.Courses.Contracts;

namespace Training.Modules.JobMatching.Profiles;

/// <summary>Skill categories (the platform's <see cref="SkillCategory"/>) and competency unit codes as matching compares them.</summary>
internal static class Skills
{
    /// <summary>The category's canonical name for a name in any case; null for anything else (numbers included).</summary>
    public static string? Category(string? text) =>
        text is null ? null : Enum.GetNames<SkillCategory>().FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Unit codes compare in upper case without surrounding spaces (SKKNI: <c>C.131000.001.01</c>).</summary>
    public static string UnitCode(string text) => text.Trim().ToUpperInvariant();

    public static bool IsUnitCode(string? text) =>
        text is { Length: > 0 and <= 40 } && text.Trim().Length > 0 && text.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '/');
}
