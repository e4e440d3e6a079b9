using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.BuildingBlocks.Web;

namespace Training.ArchitectureTests.Rules;

/// <summary>
/// Rule 6: one web layer. Every page model of a module derives from BuildingBlocks' <see cref="FormPageModel{TTexts}"/>,
/// or, when it handles no posts, from <see cref="ReadPageModel"/>: so every form shows refusals alike and every
/// page counts the same failures as conflicts as the API does.
/// </summary>
internal static class PageModelRule
{
    public static RuleResult Check(IEnumerable<Assembly> assemblies)
    {
        var pages = assemblies
            .Where(a => ModuleNaming.IsImplementation(a.GetName().Name!))
            .SelectMany(a => a.GetTypes())
            .Where(type => typeof(PageModel).IsAssignableFrom(type))
            .ToList();
        var violations = pages.Select(Violation).OfType<string>().ToList();
        return new(pages.Count, violations);
    }

    private static string? Violation(Type page) =>
        !typeof(ReadPageModel).IsAssignableFrom(page) ? $"{page.FullName} derives from neither FormPageModel nor ReadPageModel"
        : HandlesPosts(page) && !IsForm(page) ? $"{page.FullName} handles posts but is no FormPageModel"
        : null;

    // Razor Pages calls public OnPost… methods only.
    private static bool HandlesPosts(Type page) =>
        page.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal));

    private static bool IsForm(Type page)
    {
        for (var type = page; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(FormPageModel<>))
            {
                return true;
            }
        }

        return false;
    }
}
