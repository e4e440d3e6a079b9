using Microsoft.Extensions.Localization;

namespace Training.Modules.JobMatching.Web;

internal static class SkillNames
{
    /// <summary>A skill category in the reader's language; a category added to the platform later shows by its name until translated.</summary>
    public static string Skill(this IStringLocalizer<JobMatchingResource> text, string category) =>
        text[$"Skill.{category}"] is { ResourceNotFound: false } found ? found.Value : category;
}
