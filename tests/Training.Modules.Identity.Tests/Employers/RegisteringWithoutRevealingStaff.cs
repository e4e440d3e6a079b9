using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using Training.Testing.Driving;
using Training.Testing;
using Xunit;

namespace Training.Modules.Identity.Tests.Employers;

/// <summary>The host allowing two employer registrations per address and hour.</summary>
public sealed class FewRegistrationsApp : IdentityApp
{
    public FewRegistrationsApp() => With("Identity:RegistrationsPerHourPerAddress", "2");
}

public sealed class RegisteringWithoutRevealingStaff(IdentityApp app) : IClassFixture<IdentityApp>
{
    [Fact]
    public async Task A_username_held_by_staff_gets_the_same_generic_answer_as_one_held_by_an_employer()
    {
        var team = await app.TeamAsync("A");
        var employer = Unique.Name("umkm").ToLowerInvariant();
        await app.Client().RegisterEmployerAsync(employer);

        var staffName = await app.Client().PostAsJsonAsync("/api/employers/registrations", IdentityApi.EmployerRegistration(team.Officer.Username));
        var adminName = await app.Client().PostAsJsonAsync("/api/employers/registrations", IdentityApi.EmployerRegistration(BekalApp.AdminUsername));
        var employerName = await app.Client().PostAsJsonAsync("/api/employers/registrations", IdentityApi.EmployerRegistration(employer));

        var bodies = new List<string>();
        foreach (var answer in new[] { staffName, adminName, employerName })
        {
            answer.StatusCode.Should().Be(HttpStatusCode.Conflict);
            (await answer.ProblemAsync()).Code.Should().Be("employer.username-unavailable");
            var body = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!.AsObject();
            body.Remove("traceId");
            bodies.Add(body.ToJsonString());
        }

        bodies.Distinct().Should().ContainSingle().Which.Should().NotContainAny("staff", "Staff", "taken");
    }
}

public sealed class LimitingEmployerRegistrations(FewRegistrationsApp app) : IClassFixture<FewRegistrationsApp>
{
    [Fact]
    public async Task The_third_registration_from_one_address_within_the_hour_gets_429()
    {
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            answers.Add((await app.Client().PostAsJsonAsync("/api/employers/registrations", IdentityApi.EmployerRegistration(Unique.Name("umkm").ToLowerInvariant()))).StatusCode);
        }

        answers.Should().Equal(HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests);
    }
}
