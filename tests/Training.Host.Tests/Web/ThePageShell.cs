using System.Net;
using System.Text.RegularExpressions;
using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.Host.Tests.Web;

public sealed partial class ThePageShell(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task The_home_page_speaks_bahasa_indonesia_by_default()
    {
        var html = await app.CreateClient().GetStringAsync("/");

        html.Should().Contain("<html lang=\"id\">").And.Contain("Bekal keterampilan untuk hidup mandiri").And.Contain("Warga binaan");
    }

    [Theory]
    [InlineData(500)]
    [InlineData(404)]
    [InlineData(429)]
    public async Task An_error_page_opened_directly_answers_the_status_it_describes(int status)
    {
        var response = await app.CreateClient().GetAsync($"/error/{status}");

        ((int)response.StatusCode).Should().Be(status);
    }

    [Fact]
    public async Task Choosing_english_is_remembered_in_a_cookie()
    {
        var client = app.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = false });
        var home = await client.GetStringAsync("/");
        var token = AntiforgeryToken().Match(home).Groups[1].Value;

        var switched = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en",
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = token,
        }));
        switched.StatusCode.Should().Be(HttpStatusCode.Redirect);
        switched.Headers.Location!.ToString().Should().Be("/");

        var english = await client.GetStringAsync("/");
        english.Should().Contain("<html lang=\"en\">").And.Contain("Skills to carry into an independent life");
    }

    [Fact]
    public async Task The_language_switch_refuses_a_form_without_its_antiforgery_token()
    {
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).PostAsync("/language",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en" }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_language_switch_never_sends_people_to_another_site()
    {
        var client = app.CreateClient(new() { HandleCookies = true, AllowAutoRedirect = false });
        var token = AntiforgeryToken().Match(await client.GetStringAsync("/")).Groups[1].Value;

        var switched = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en",
            ["returnUrl"] = "//evil.example/phish",
            ["__RequestVerificationToken"] = token,
        }));

        switched.Headers.Location!.ToString().Should().Be("/");
    }

    [Fact]
    public async Task An_unknown_page_shows_a_friendly_not_found_page()
    {
        var response = await app.CreateClient().GetAsync("/no-such-page");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Halaman tidak ditemukan");
    }

    [Fact]
    public async Task Styles_are_served_by_the_host_itself()
    {
        var html = await app.CreateClient().GetStringAsync("/");

        html.Should().NotContain("http://").And.NotContain("https://");
        (await app.CreateClient().GetAsync("/css/site.css")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
