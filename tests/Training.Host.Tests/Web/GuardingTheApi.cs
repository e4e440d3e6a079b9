using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Microsoft.AspNetCore.Mvc.Testing;
using Training.Testing;
using Xunit;

namespace Training.Host.Tests.Web;

public sealed class GuardingTheApi(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task Api_answers_tell_browsers_and_proxies_not_to_keep_them()
    {
        var admin = await app.AdminAsync();

        var listing = await admin.GetAsync("/api/facilities");
        var refusal = await admin.PostAsJsonAsync("/api/facilities", new { code = "", name = "", timeZone = "" });
        var unknown = await app.Client().GetAsync("/api/no-such-thing");

        listing.Headers.CacheControl!.NoStore.Should().BeTrue();
        refusal.Headers.CacheControl!.NoStore.Should().BeTrue();
        unknown.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task The_public_signing_keys_may_still_be_cached()
    {
        var keys = await app.Client().GetAsync("/.well-known/jwks.json");

        keys.Headers.CacheControl!.Public.Should().BeTrue();
    }

    [Theory]
    [InlineData("https://elsewhere.example")]
    [InlineData("null")]
    [InlineData("http://localhost")]
    [InlineData("https://localhost:8443")]
    public async Task A_change_sent_from_another_site_with_the_session_cookie_is_refused_and_changes_nothing(string origin)
    {
        var admin = await app.AdminAsync();
        var code = NewCode();

        var answer = await admin.SendAsync(CreateFacility(code, origin));

        answer.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await CodeOf(answer)).Should().Be("request.foreign-origin");
        (await admin.GetStringAsync("/api/facilities")).Should().NotContain(code);
    }

    [Fact]
    public async Task A_change_sent_from_the_host_own_pages_passes()
    {
        var admin = await app.AdminAsync();
        var code = NewCode();

        var answer = await admin.SendAsync(CreateFacility(code, "https://localhost"));

        answer.StatusCode.Should().Be(HttpStatusCode.Created);
        (await admin.GetStringAsync("/api/facilities")).Should().Contain(code);
    }

    [Fact]
    public async Task A_change_without_an_origin_from_a_program_that_is_no_browser_passes()
    {
        var admin = await app.AdminAsync();

        var answer = await admin.SendAsync(CreateFacility(NewCode(), origin: null));

        answer.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_request_without_the_session_cookie_is_not_judged_by_its_origin()
    {
        var answer = await app.Client().SendAsync(CreateFacility(NewCode(), "https://elsewhere.example"));

        answer.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_photo_upload_from_another_site_is_refused_before_it_is_read()
    {
        var admin = await app.AdminAsync();
        var photo = new ByteArrayContent(new byte[64 * 1024]);
        photo.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/me/graduate-profile/photos")
        {
            Content = new MultipartFormDataContent { { photo, "photo", "photo.jpg" } },
        };
        request.Headers.Add("Origin", "https://elsewhere.example");

        var answer = await admin.SendAsync(request);

        answer.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await CodeOf(answer)).Should().Be("request.foreign-origin");
    }

    [Fact]
    public async Task Over_https_browsers_are_told_to_use_https_only()
    {
        var secure = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://bekal.example") });
        var plain = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://bekal.example") });

        var overHttps = await secure.GetAsync("/");
        var overHttp = await plain.GetAsync("/");

        overHttps.Headers.GetValues("Strict-Transport-Security").Single().Should().StartWith("max-age=31536000");
        overHttp.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
    }

    private static string NewCode() => "O-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static HttpRequestMessage CreateFacility(string code, string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/facilities")
        {
            Content = JsonContent.Create(new { code, name = "Rumah Belajar " + code, timeZone = "Asia/Jakarta" }),
        };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return request;
    }

    private static async Task<string?> CodeOf(HttpResponseMessage answer) =>
        JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
}
