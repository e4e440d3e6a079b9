using System.Net;
using System.Text.Json;
using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.Host.Tests.Web;

public sealed class RunningTheHost(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task It_is_live_and_ready_once_the_database_and_daemon_run()
    {
        var client = app.CreateClient();
        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        var ready = await Training.Testing.Eventually.Until(() => client.GetAsync("/health/ready"), r => r.StatusCode == HttpStatusCode.OK);
        ready.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task It_describes_its_api_in_openapi_and_renders_it_at_docs_without_the_internet()
    {
        var client = app.CreateClient();
        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        document.RootElement.GetProperty("paths").TryGetProperty("/api/admin/dead-letters", out _).Should().BeTrue();

        var docs = await client.GetAsync("/docs/v1");
        docs.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await docs.Content.ReadAsStringAsync();
        html.Should().NotContainAny("https://cdn", "fonts.googleapis", "fonts.scalar.com");
    }

    [Fact]
    public async Task An_unknown_api_route_answers_problem_details()
    {
        var response = await app.CreateClient().GetAsync("/api/no-such-thing");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        var response = await app.CreateClient().GetAsync("/");

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'self'").And.Contain("frame-ancestors 'none'");
    }

    [Fact]
    public async Task The_jobs_dashboard_and_dead_letters_are_for_platform_admins_only()
    {
        var anonymous = app.Client();
        (await anonymous.GetAsync("/jobs")).StatusCode.Should().NotBe(HttpStatusCode.OK);
        (await anonymous.GetAsync("/api/admin/dead-letters")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var admin = await app.AdminAsync();
        var dashboard = await admin.GetAsync("/jobs");
        dashboard.StatusCode.Should().Be(HttpStatusCode.OK);
        (await dashboard.Content.ReadAsStringAsync()).Should().Contain("Hangfire");
        (await admin.GetAsync("/api/admin/dead-letters")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
