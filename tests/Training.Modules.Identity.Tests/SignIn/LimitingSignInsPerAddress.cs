using System.Net;
using System.Net.Http.Json;
using System.Text;
using FluentAssertions;
using Training.Testing.Driving;
using Training.Testing;
using Xunit;

namespace Training.Modules.Identity.Tests.SignIn;

public sealed class LimitingSignInsPerAddress(IdentityApp app) : IClassFixture<IdentityApp>
{
    [Fact]
    public async Task The_sign_in_after_the_limit_is_refused_with_429_problem_details_even_with_the_right_password()
    {
        await using var strict = new BekalApp().With("Identity:SignInsPerMinutePerAddress", "5");
        await strict.InitializeAsync();
        var client = strict.Client();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await client.SignInAsync($"guess-{attempt}", "Not-The-Password-1")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        var sixth = await client.SignInAsync(BekalApp.AdminUsername, BekalApp.AdminPassword);

        sixth.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await sixth.ProblemAsync()).Code.Should().Be("signin.rate-limited");
        sixth.Headers.RetryAfter.Should().NotBeNull("the client is told when to try again");
        (await client.LearnerSignInAsync("LPP-PKY", "WB-2026-001", "246810")).StatusCode
            .Should().Be(HttpStatusCode.TooManyRequests, "learner sign-ins from the same address count against the same limit");
    }

    [Fact]
    public async Task A_classroom_of_sixty_learners_signs_in_from_one_address_within_a_minute()
    {
        var team = await app.TeamAsync("classroom");
        var csv = new StringBuilder("learnerNumber,fullName,pin\n");
        var learners = Enumerable.Range(1, 60).Select(i => (Number: $"KLS-{i:D3}", Pin: $"{470000 + (i * 1379):D6}")).ToList();
        foreach (var (number, pin) in learners)
        {
            csv.Append(number).Append(",Warga ").Append(number).Append(',').Append(pin).Append('\n');
        }

        var import = await team.Officer.Client.PostAsync("/api/learners/import", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        (await import.Content.ReadFromJsonAsync<ImportReportView>())!.Accepted.Should().Be(60);

        var signIns = await Task.WhenAll(learners.Select(l => app.Client().LearnerSignInAsync(team.Code, l.Number, l.Pin)));

        signIns.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
    }
}
