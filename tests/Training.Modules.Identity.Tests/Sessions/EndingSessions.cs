using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Training.BuildingBlocks.Security;
using Training.Testing.Driving;
using Xunit;

namespace Training.Modules.Identity.Tests.Sessions;

public sealed class EndingSessions(IdentityApp app) : IClassFixture<IdentityApp>
{
    [Fact]
    public async Task A_disabled_staff_members_open_session_stops_working_on_their_next_request()
    {
        var team = await app.TeamAsync("A");
        var admin = await app.Admin();
        var username = Unique.Name("trainer").ToLowerInvariant();
        var id = await app.CreateStaffAsync(username, Roles.Trainer, team.FacilityId);
        var trainer = await app.SignedInAsync(username, IdentityApi.StaffPassword);
        (await trainer.MeAsync())!.Id.Should().Be(id);

        (await admin.PostAsync($"/api/staff/{id}/disable", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await trainer.MeAsync()).Should().BeNull("the cookie of a disabled account no longer opens anything");
        (await trainer.GetAsync("/api/learners")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var again = await app.Client().SignInAsync(username, IdentityApi.StaffPassword);
        again.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await again.ProblemAsync()).Code.Should().Be("signin.disabled");
    }

    [Fact]
    public async Task An_admin_may_not_disable_their_own_account()
    {
        var admin = await app.Admin();
        var me = await admin.MeAsync();

        (await admin.PostAsync($"/api/staff/{me!.Id}/disable", null)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await admin.MeAsync()).Should().NotBeNull();
    }

    [Fact]
    public async Task A_pin_reset_ends_the_learners_open_session_and_only_the_new_pin_signs_in()
    {
        var team = await app.TeamAsync("A");
        var learner = await team.RegisterLearnerAsync("618203");
        var tablet = await team.SignedInAsync(learner);
        (await tablet.MeAsync())!.Role.Should().Be(Roles.Learner);

        var reset = await team.Officer.Client.PostAsJsonAsync($"/api/learners/{learner.Id}/reset-pin", new { pin = "902418" });
        reset.StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await tablet.MeAsync()).Should().BeNull("whoever still holds the old session is signed out");
        (await app.Client().LearnerSignInAsync(learner.FacilityCode, learner.Number, "618203")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await app.Client().LearnerSignInAsync(learner.FacilityCode, learner.Number, "902418")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Signing_out_leaves_the_tablet_signed_out()
    {
        var team = await app.TeamAsync("A");
        var learner = await team.RegisterLearnerAsync();
        var tablet = await team.SignedInAsync(learner);

        (await tablet.PostAsync("/api/auth/sign-out", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await tablet.MeAsync()).Should().BeNull();
    }

    [Fact]
    public async Task A_released_learner_keeps_signing_in_for_their_own_record()
    {
        var team = await app.TeamAsync("A");
        var learner = await team.RegisterLearnerAsync();
        (await team.Officer.Client.PostAsync($"/api/learners/{learner.Id}/release", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var outside = await team.SignedInAsync(learner);

        var own = await outside.GetFromJsonAsync<LearnerView>($"/api/learners/{learner.Id}");
        own!.Status.Should().Be("Released");
    }
}
