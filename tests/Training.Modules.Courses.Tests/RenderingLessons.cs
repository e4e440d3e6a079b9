using AngleSharp.Html.Parser;
using FluentAssertions;
using Training.Modules.Courses.Lessons;
using Xunit;

namespace Training.Modules.Courses.Tests;

public sealed class RenderingLessons
{
    [Theory]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("Klik [di sini](javascript:alert(1))")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"https://contoh.id\" onclick=\"steal()\">tautan</a>")]
    [InlineData("[a](JaVaScRiPt:alert(1)) ![b](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    public void Markdown_with_scripts_or_raw_html_renders_inert(string markdown)
    {
        var document = new HtmlParser().ParseDocument(SafeMarkdown.ToHtml(markdown));

        var elements = document.Body!.QuerySelectorAll("*");
        elements.Select(e => e.LocalName).Should().NotIntersectWith(["script", "iframe", "object", "embed", "form"]);
        elements.SelectMany(e => e.Attributes).Should().NotContain(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        elements.SelectMany(e => e.Attributes).Where(a => a.Name is "href" or "src")
            .Should().NotContain(a => !a.Value.StartsWith("https:", StringComparison.Ordinal) && !a.Value.StartsWith("http:", StringComparison.Ordinal));
    }

    [Fact]
    public void Ordinary_markdown_keeps_its_formatting_and_safe_links()
    {
        var html = SafeMarkdown.ToHtml("# Tusuk rantai\n\nBuat **20 tusuk** lalu lihat [video](https://contoh.id/rantai).");

        html.Should().Contain("<h1").And.Contain("<strong>20 tusuk</strong>").And.Contain("href=\"https://contoh.id/rantai\"");
    }
}
