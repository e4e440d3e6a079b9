using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Training.Host.Tests.Web;
using Training.Testing;
using Xunit;

namespace Training.Host.Tests.Files;

/// <summary>
/// Upload routes take a phone's full-size photo (up to 10 MB) while every other route keeps the
/// host's 1 MB limit; a larger upload is answered with problem details, not a bare 413. On Kestrel,
/// which enforces body limits (the in-memory server does not).
/// </summary>
public sealed class UploadingPhonePhotos(KestrelBekalApp app) : IClassFixture<KestrelBekalApp>
{
    [Fact]
    public async Task A_6_MB_phone_photo_is_accepted_and_an_11_MB_one_is_refused_with_a_code()
    {
        var trainer = await TrainerAsync();
        var courseId = await FileWorld.IdAsync(await trainer.PostAsJsonAsync("/api/courses", new
        {
            title = "Anyaman Purun", summary = "Tikar", category = "Weaving", expectedHours = 20, minimumAttendancePercent = 75, certificateValidityMonths = 36,
            competencyUnits = new[] { new { code = "C.132000.022.01", title = "Menganyam dasar", performanceCriteria = new[] { "Anyaman rapat" } } },
            lessons = new[] { new { title = "Menganyam", body = "Anyam." } },
        }));

        var accepted = await PostAsync(trainer, $"/api/courses/{courseId}/images", FileWorld.Form(TestImages.PhonePhotoOf(6_000_000), "image"));
        var refused = await PostAsync(trainer, $"/api/courses/{courseId}/images", FileWorld.Form(TestImages.PhonePhotoOf(11_000_000), "image"));
        var elsewhere = await PostAsync(trainer, "/api/courses/preview", JsonContent.Create(new { body = new string('a', 2_000_000) }));

        accepted.StatusCode.Should().Be(HttpStatusCode.Created, await accepted.Content.ReadAsStringAsync());
        refused.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("request.too-large");
        elsewhere.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge, "other routes keep the 1 MB limit");
    }

    // As phones' browsers do: the server may refuse an oversized body before it is sent.
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, HttpContent content) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = content, Headers = { ExpectContinue = true } });

    private async Task<HttpClient> TrainerAsync()
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        // A phone waits for the server's answer to "Expect: 100-continue"; on a busy machine the default 1 s is too short,
        // and the client would start sending the body the server is about to refuse.
        HttpClient Client() => new(new SocketsHttpHandler { UseCookies = true, CookieContainer = new(), Expect100ContinueTimeout = TimeSpan.FromSeconds(30) })
        {
            BaseAddress = new Uri(address),
        };
        var admin = Client();
        (await admin.PostAsJsonAsync("/api/auth/sign-in", new { username = BekalApp.AdminUsername, password = BekalApp.AdminPassword })).EnsureSuccessStatusCode();
        var facility = await admin.PostAsJsonAsync("/api/facilities", new { code = "F-" + Guid.NewGuid().ToString("N")[..8], name = "Lapas Uji", timeZone = "Asia/Jakarta" });
        var facilityId = (await facility.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var username = "pelatih-" + Guid.NewGuid().ToString("N")[..8];
        (await admin.PostAsJsonAsync("/api/staff", new { username, password = People.IssuedPassword, displayName = "Ibu Pelatih", role = "Trainer", facilityId }))
            .EnsureSuccessStatusCode();
        var trainer = Client();
        (await trainer.PostAsJsonAsync("/api/auth/sign-in", new { username, password = People.IssuedPassword })).EnsureSuccessStatusCode();
        (await trainer.PostAsJsonAsync("/api/me/secret", new { current = People.IssuedPassword, @new = People.Password })).EnsureSuccessStatusCode();
        return trainer;
    }
}
