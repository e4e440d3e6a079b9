using Microsoft.Playwright;

namespace Training.Browser.Tests;

/// <summary>
/// Opens every page of the route table the way its visitor does: signed in once per visitor, then each page in
/// turn, following the first link on a list page to reach a page about one record.
/// </summary>
internal static class VisitingEveryPage
{
    private const string Demo = "Bekal-Demo-2026";

    /// <summary>Runs <paramref name="check"/> on each page that opened, and answers what went wrong, one line each.</summary>
    public static async Task<List<string>> CheckAsync(
        BrowserHost host, Func<IPage, PageRoute, Task<IEnumerable<string>>> check, int width = 800, int height = 1280,
        IEnumerable<PageRoute>? pages = null)
    {
        var failures = new List<string>();
        foreach (var visitor in (pages ?? RouteTable.Pages).GroupBy(p => p.Visitor))
        {
            var page = await host.NewPageAsync();
            await page.SetViewportSizeAsync(width, height);
            await SignInAsync(page, visitor.Key);
            foreach (var route in visitor)
            {
                await page.GotoAsync(route.Path);
                if (route.FollowLink is { } prefix)
                {
                    // A record's page, not the list's own actions (new, import), which have rows of their own.
                    var link = page.Locator($"main a[href^='{prefix}']:not([href$='/new']):not([href$='/import'])").First;
                    if (await link.CountAsync() == 0)
                    {
                        failures.Add($"{route}: no link to follow");
                        continue;
                    }

                    await page.GotoAsync((await link.GetAttributeAsync("href"))!);
                }

                failures.AddRange(await check(page, route));
            }

            await page.Context.CloseAsync();
        }

        return failures;
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
