using System.Net;
using FluentAssertions;
using Training.BuildingBlocks.Security;
using Training.Testing.Driving;
using Training.Modules.Identity.Tests.SignIn;
using Xunit;

namespace Training.Modules.Identity.Tests.Sessions;

/// <summary>A movable clock, staff sessions of 3 hours at most and 1 hour idle; learners keep the default 30 minutes idle.</summary>
public sealed class ShortSessionsApp : MovableClockApp
{
    public ShortSessionsApp() => With("Identity:Sessions:Staff:Absolute", "03:00:00").With("Identity:Sessions:Staff:Idle", "01:00:00");

    /// <summary>The clock moves on between tests: an admin session of an earlier test may have ended.</summary>
    public override Task<HttpClient> Admin() => AdminAsync();
}

public sealed class SessionLifetimes(ShortSessionsApp app) : IClassFixture<ShortSessionsApp>
{
    [Fact]
    public async Task A_learners_session_on_a_shared_tablet_ends_after_thirty_minutes_without_use()
    {
        var team = await app.TeamAsync("tablet");
        var learner = await team.RegisterLearnerAsync();
        var tablet = await team.SignedInAsync(learner);

        app.Clock.MoveAhead(TimeSpan.FromMinutes(29));
        (await tablet.MeAsync()).Should().NotBeNull("29 minutes without use is not yet idle");
        app.Clock.MoveAhead(TimeSpan.FromMinutes(29));
        (await tablet.MeAsync()).Should().NotBeNull("each use starts the idle time again");
        app.Clock.MoveAhead(TimeSpan.FromMinutes(31));

        (await tablet.MeAsync()).Should().BeNull();
        (await tablet.GetAsync($"/api/learners/{learner.Id}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_staff_session_in_use_all_along_ends_at_its_absolute_lifetime()
    {
        var team = await app.TeamAsync("busy");
        var username = Unique.Name("trainer").ToLowerInvariant();
        await app.CreateStaffAsync(username, Roles.Trainer, team.FacilityId);
        var trainer = await app.SignedInAsync(username, IdentityApi.StaffPassword);

        for (var step = 0; step < 3; step++)
        {
            app.Clock.MoveAhead(TimeSpan.FromMinutes(55));
            (await trainer.MeAsync()).Should().NotBeNull($"{(step + 1) * 55} minutes in, used every 55 minutes");
        }

        app.Clock.MoveAhead(TimeSpan.FromMinutes(20));

        (await trainer.MeAsync()).Should().BeNull("three hours after sign-in the session ends however busy it was");
    }

    [Fact]
    public async Task A_staff_session_left_alone_ends_at_its_idle_limit()
    {
        var team = await app.TeamAsync("idle");
        var username = Unique.Name("trainer").ToLowerInvariant();
        await app.CreateStaffAsync(username, Roles.Trainer, team.FacilityId);
        var trainer = await app.SignedInAsync(username, IdentityApi.StaffPassword);

        app.Clock.MoveAhead(TimeSpan.FromMinutes(61));

        (await trainer.MeAsync()).Should().BeNull();
    }
}
