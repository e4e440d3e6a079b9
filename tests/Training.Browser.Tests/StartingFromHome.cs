using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Training.Browser.Tests;

/// <summary>
/// After sign-in each demo person lands on a home that lists what she must do, the same list the API gives;
/// every item opens its page, and the most common task of each role is one tap away.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StartingFromHome(BrowserHost host)
{
    private const string Demo = "Bekal-Demo-2026";

    // Nur Aisyah (WB-2026-004) passed the written knitting test in the demo data and waits for the practical.
    private const string NurPin = "739164";

    /// <summary>Who signs in, the task her demo data surely gives her, and what its page shows.</summary>
    public static TheoryData<string, string, string, int, int> Roles()
    {
        var data = new TheoryData<string, string, string, int, int>();
        (string Who, string Kind, string Shows)[] roles =
        [
            ("WB-2026-004", "courses.practical-waiting", "Menunggu uji praktik"),
            ("pelatih", "courses.attendance-today", "Simpan kehadiran"),
            ("asesor", "assessments.practical-queue", "Nur Aisyah"),
            ("petugas", "courses.place-requests", "Yuliana Sari"),
            ("admin", "identity.employers-to-verify", "CV Rotan Kahayan"),
            ("mitra", "jobmatching.posting-matches", "Perajut tas dan dompet (pesanan)"),
        ];
        foreach (var (who, kind, shows) in roles)
        {
            data.Add(who, kind, shows, 800, 1280);
            data.Add(who, kind, shows, 360, 740);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_lands_on_its_tasks_and_its_most_common_one_is_one_tap_away(string who, string kind, string shows, int width, int height)
    {
        var page = await host.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await SignInAsync(page, who);
        await Expect(page).ToHaveURLAsync(new Uri(host.Address, "/").ToString());

        var tasks = page.Locator("ul.tasks a.task");
        var fromApi = await ApiTasksAsync(who);
        await Expect(tasks).ToHaveCountAsync(fromApi.Count);
        (await tasks.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).Should().Equal(fromApi.Select(t => t.Href));

        await page.Locator($"ul.tasks a.task[data-kind='{kind}']").First.ClickAsync();

        await Expect(page.Locator("main")).ToContainTextAsync(shows);
        foreach (var task in fromApi)
        {
            var response = await page.GotoAsync(task.Href);
            response!.Status.Should().Be(200, $"{task.Kind} links to {task.Href}");
            new Uri(page.Url).PathAndQuery.Should().Be(task.Href.Split('#')[0], $"{task.Kind} opens its own page, not a refusal or the sign-in");
        }
    }

    [Fact]
    public async Task The_navigation_counts_what_waits_behind_each_link()
    {
        var page = await host.NewPageAsync();
        await SignInAsync(page, "asesor");

        var practical = page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Uji praktik", Exact = true });
        await Expect(practical).ToHaveAccessibleDescriptionAsync("1 menunggu");
    }

    private static Task SignInAsync(IPage page, string who) => who.StartsWith("WB-", StringComparison.Ordinal)
        ? LearnerAsync(page, who)
        : SignInPage.AsStaffAsync(page, who, Demo);

    private static async Task LearnerAsync(IPage page, string number)
    {
        await SignInPage.AsLearnerAsync(page, Learners.Facility, number, NurPin);
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<TaskItem>> ApiTasksAsync(string who)
    {
        var client = host.ApiClient();
        var signIn = who.StartsWith("WB-", StringComparison.Ordinal)
            ? await client.PostAsJsonAsync("/api/auth/learner-sign-in", new { facilityCode = Learners.Facility, learnerNumber = who, pin = NurPin })
            : await client.PostAsJsonAsync("/api/auth/sign-in", new { username = who, password = Demo });
        signIn.EnsureSuccessStatusCode();
        return (await client.GetFromJsonAsync<TaskItem[]>("/api/me/tasks", new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;
    }

    private sealed record TaskItem(string Kind, string Text, string Href, int Count);
}
