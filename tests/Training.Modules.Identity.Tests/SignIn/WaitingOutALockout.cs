using System.Net;
using FluentAssertions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Security;
using Training.Testing.Driving;
using Training.Testing;
using Xunit;

namespace Training.Modules.Identity.Tests.SignIn;

/// <summary>The host with a clock the tests move forward: fifteen minutes pass without waiting for them.</summary>
public class MovableClockApp : IdentityApp
{
    public MovableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class WaitingOutALockout(MovableClockApp app) : IClassFixture<MovableClockApp>
{
    [Fact]
    public async Task A_locked_account_signs_in_again_once_fifteen_minutes_have_passed()
    {
        var team = await app.TeamAsync("A");
        var username = Unique.Name("trainer").ToLowerInvariant();
        await app.CreateStaffAsync(username, Roles.Trainer, team.FacilityId);
        var learner = await team.RegisterLearnerAsync();
        var client = app.Client();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SignInAsync(username, "Not-The-Password-1");
            await client.LearnerSignInAsync(learner.FacilityCode, learner.Number, "319582");
        }

        app.Clock.MoveAhead(TimeSpan.FromMinutes(14));
        (await client.SignInAsync(username, IdentityApi.StaffPassword)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.LearnerSignInAsync(learner.FacilityCode, learner.Number, learner.Pin)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        app.Clock.MoveAhead(TimeSpan.FromMinutes(2));
        (await client.SignInAsync(username, IdentityApi.StaffPassword)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.LearnerSignInAsync(learner.FacilityCode, learner.Number, learner.Pin)).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
