using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Training.BuildingBlocks.Security;
using Training.Testing.Driving;
using Xunit;

namespace Training.Modules.Identity.Tests.SignIn;

public sealed class LiftingLocks(IdentityApp app) : IClassFixture<IdentityApp>
{
    [Fact]
    public async Task Her_officer_sees_that_a_learner_is_locked_and_lifts_the_lock_so_her_own_pin_works_again()
    {
        var team = await app.TeamAsync("A");
        var learner = await LockedLearnerAsync(team);

        (await team.Officer.Client.GetFromJsonAsync<LockView>($"/api/learners/{learner.Id}/lock"))!.Locked.Should().BeTrue();
        (await team.Officer.Client.GetStringAsync($"/learners/{learner.Id}")).Should().Contain("data-testid=\"locked\"", "the learner's page shows the lock and its control");

        (await team.Officer.Client.PostAsync($"/api/learners/{learner.Id}/unlock", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await team.Officer.Client.GetFromJsonAsync<LearnerView>($"/api/learners/{learner.Id}"))!.Locked.Should().BeFalse();
        (await app.Client().LearnerSignInAsync(learner.FacilityCode, learner.Number, learner.Pin)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_admin_lifts_the_lock_of_any_learner_and_of_staff_but_another_facilitys_officer_cannot()
    {
        var team = await app.TeamAsync("A");
        var other = await app.TeamAsync("B");
        var learner = await LockedLearnerAsync(team);
        var username = Unique.Name("trainer").ToLowerInvariant();
        var trainerId = await app.CreateStaffAsync(username, Roles.Trainer, team.FacilityId);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await app.Client().SignInAsync(username, "Not-The-Password-1");
        }

        var admin = await app.Admin();

        (await other.Officer.Client.PostAsync($"/api/learners/{learner.Id}/unlock", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await admin.GetFromJsonAsync<LockView>($"/api/learners/{learner.Id}/lock"))!.Locked.Should().BeTrue();
        (await admin.PostAsync($"/api/learners/{learner.Id}/unlock", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await admin.GetFromJsonAsync<List<StaffView>>("/api/staff"))!.Single(s => s.Id == trainerId).Locked.Should().BeTrue();
        (await admin.PostAsync($"/api/staff/{trainerId}/unlock", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await app.Client().LearnerSignInAsync(learner.FacilityCode, learner.Number, learner.Pin)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.Client().SignInAsync(username, IdentityApi.StaffPassword)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<LearnerAccount> LockedLearnerAsync(FacilityTeam team)
    {
        var learner = await team.RegisterLearnerAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await app.Client().LearnerSignInAsync(learner.FacilityCode, learner.Number, "319582");
        }

        (await app.Client().LearnerSignInAsync(learner.FacilityCode, learner.Number, learner.Pin)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        return learner;
    }
}
