using Ganss.Xss;
using Markdig;

namespace Training.Modules.Courses.Lessons;

/// <summary>
/// Renders a trainer's Markdown to HTML that cannot run anything: raw HTML is escaped by the
/// parser, and the sanitizer keeps only plain formatting and http(s)/mailto links.
/// </summary>
internal static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToHtml(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.ExceptWith(["form", "input", "button", "select", "textarea", "iframe"]);
        return sanitizer;
    }
}
