using System.Text.Json;
using Xunit;

namespace Training.Browser.Tests;

/// <summary>On a tablet held upright and on a small phone, no page of the route table scrolls sideways.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FittingTheScreen(BrowserHost host)
{
    // The document's width beyond the viewport, and the elements that stick out furthest.
    private const string Measure = """
        () => {
          const root = document.documentElement;
          const width = root.clientWidth;
          const wide = [...document.querySelectorAll('body *')]
            .map(e => ({ e, right: e.getBoundingClientRect().right }))
            .filter(x => x.right > width + 1)
            .sort((a, b) => b.right - a.right).slice(0, 5)
            .map(x => `${x.e.tagName.toLowerCase()}${x.e.id ? '#' + x.e.id : ''}.${[...x.e.classList].join('.')} right=${Math.round(x.right)}`);
          return JSON.stringify({ scroll: root.scrollWidth, client: width, wide });
        }
        """;

    [Theory]
    [InlineData(800, 1280)]
    [InlineData(360, 740)]
    public async Task No_page_is_wider_than_the_screen(int width, int height)
    {
        var failures = await VisitingEveryPage.CheckAsync(host, async (page, route) =>
        {
            var measured = JsonDocument.Parse(await page.EvaluateAsync<string>(Measure)).RootElement;
            var scroll = measured.GetProperty("scroll").GetInt32();
            var client = measured.GetProperty("client").GetInt32();
            return scroll > client
                ? [$"{route} ({page.Url}) at {width}px: {scroll} > {client}; widest: "
                    + string.Join(", ", measured.GetProperty("wide").EnumerateArray().Select(w => w.GetString()))]
                : [];
        }, width, height);

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
