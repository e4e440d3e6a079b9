using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Training.Testing.Driving;
using Training.Testing;
using Xunit;

namespace Training.Modules.Identity.Tests.SignIn;

/// <summary>
/// The host behind a known proxy (127.0.0.1), so that each request's client address comes from
/// X-Forwarded-For as in production (the test server itself has no address, which the forwarded
/// headers middleware accepts from the first hop), with the default 30 failures per 10 minutes.
/// </summary>
public sealed class ProxiedApp : IdentityApp
{
    public ProxiedApp() => With("Proxy:KnownProxies:0", "127.0.0.1").With("Identity:FailedSignIns:PerAddress", "30");

    public static HttpRequestMessage From(string address, string path, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Forwarded-For", address);
        return request;
    }
}

public sealed class ThrottlingFailuresPerAddress(ProxiedApp app) : IClassFixture<ProxiedApp>
{
    private const string Guesser = "203.0.113.7";
    private const string Classroom = "198.51.100.20";

    [Fact]
    public async Task Thirty_one_failures_from_one_address_get_429_while_another_address_still_signs_in()
    {
        var client = app.Client();
        var learner = await (await app.TeamAsync("A")).RegisterLearnerAsync();
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var guess = ProxiedApp.From(Guesser, "/api/auth/learner-sign-in", new { facilityCode = learner.FacilityCode, learnerNumber = $"WB-{attempt}", pin = "319582" });
            answers.Add((await client.SendAsync(guess)).StatusCode);
        }

        var thirtyFirst = await client.SendAsync(ProxiedApp.From(Guesser, "/api/auth/sign-in", new { username = BekalApp.AdminUsername, password = BekalApp.AdminPassword }));
        var fromTheClassroom = await client.SendAsync(ProxiedApp.From(Classroom, "/api/auth/learner-sign-in",
            new { facilityCode = learner.FacilityCode, learnerNumber = learner.Number, pin = learner.Pin }));

        answers.Should().AllBeEquivalentTo(HttpStatusCode.Unauthorized);
        thirtyFirst.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "past the limit even the right password waits");
        (await thirtyFirst.ProblemAsync()).Code.Should().Be("signin.rate-limited");
        thirtyFirst.Headers.RetryAfter!.Delta.Should().BePositive();
        fromTheClassroom.StatusCode.Should().Be(HttpStatusCode.OK, "another address is not held back by the guesser");
        (await client.SendAsync(ProxiedApp.From(Guesser, "/api/auth/learner-sign-in",
            new { facilityCode = learner.FacilityCode, learnerNumber = learner.Number, pin = learner.Pin }))).StatusCode
            .Should().Be(HttpStatusCode.TooManyRequests, "learner sign-ins from the guessing address wait too");
    }
}
