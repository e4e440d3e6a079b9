using System.Text.Json;
using Microsoft.Playwright;
using Xunit;

namespace Training.Browser.Tests;

/// <summary>On a tablet held upright and on a small phone, no page of the route table scrolls sideways.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FittingTheScreen(BrowserHost host)
{
    private const string Demo = "Bekal-Demo-2026";

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
        var failures = new List<string>();
        foreach (var visitor in RouteTable.Pages.GroupBy(p => p.Visitor))
        {
            var page = await host.NewPageAsync();
            await page.SetViewportSizeAsync(width, height);
            await SignInAsync(page, visitor.Key);
            foreach (var route in visitor)
            {
                await page.GotoAsync(route.Path);
                if (route.FollowLink is { } prefix)
                {
                    var link = page.Locator($"main a[href^='{prefix}']").First;
                    if (await link.CountAsync() == 0)
                    {
                        failures.Add($"{route}: no link to follow");
                        continue;
                    }

                    await page.GotoAsync((await link.GetAttributeAsync("href"))!);
                }

                var measured = JsonDocument.Parse(await page.EvaluateAsync<string>(Measure)).RootElement;
                var scroll = measured.GetProperty("scroll").GetInt32();
                var client = measured.GetProperty("client").GetInt32();
                if (scroll > client)
                {
                    failures.Add($"{route} ({page.Url}) at {width}px: {scroll} > {client}; widest: "
                        + string.Join(", ", measured.GetProperty("wide").EnumerateArray().Select(w => w.GetString())));
                }
            }

            await page.Context.CloseAsync();
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static async Task LearnerAsync(IPage page)
    {
        await SignInPage.AsLearnerAsync(page, "LPP-PKY", "WB-2026-001", "246810");
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }

    private static Task SignInAsync(IPage page, Visitor visitor) => visitor switch
    {
        Visitor.Anonymous => Task.CompletedTask,
        Visitor.Learner => LearnerAsync(page),
        Visitor.Trainer => SignInPage.AsStaffAsync(page, "pelatih", Demo),
        Visitor.Assessor => SignInPage.AsStaffAsync(page, "asesor", Demo),
        Visitor.Officer => SignInPage.AsStaffAsync(page, "petugas", Demo),
        Visitor.Admin => SignInPage.AsStaffAsync(page, "admin", Demo),
        _ => SignInPage.AsStaffAsync(page, "mitra", Demo),
    };
}
