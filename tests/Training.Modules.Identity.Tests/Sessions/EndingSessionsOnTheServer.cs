using System.Net;
using FluentAssertions;
using Training.Testing.Driving;
using Xunit;

namespace Training.Modules.Identity.Tests.Sessions;

public sealed class EndingSessionsOnTheServer(IdentityApp app) : IClassFixture<IdentityApp>
{
    [Fact]
    public async Task After_sign_out_a_copied_cookie_gets_401_on_the_api_and_the_sign_in_page_on_pages()
    {
        var team = await app.TeamAsync("A");
        var learner = await team.RegisterLearnerAsync();
        var tablet = app.Client();
        var signIn = await tablet.LearnerSignInAsync(learner.FacilityCode, learner.Number, learner.Pin);
        var cookie = string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        (await WithCookieAsync(cookie, "/api/me")).StatusCode.Should().Be(HttpStatusCode.OK, "the copy works while the session is open");

        (await tablet.PostAsync("/api/auth/sign-out", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await WithCookieAsync(cookie, "/api/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var page = await WithCookieAsync(cookie, "/account");
        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.Should().StartWith("https://localhost/signin");
    }

    [Fact]
    public async Task Signing_out_one_session_leaves_the_persons_other_sessions_open()
    {
        var team = await app.TeamAsync("A");
        var phone = await app.SignedInAsync(team.Trainer.Username, IdentityApi.StaffPassword);

        (await team.Trainer.Client.PostAsync("/api/auth/sign-out", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await phone.MeAsync()).Should().NotBeNull();
    }

    private async Task<HttpResponseMessage> WithCookieAsync(string cookie, string path)
    {
        var bare = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await bare.SendAsync(request);
    }
}
