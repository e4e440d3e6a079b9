using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Training.BuildingBlocks.Security;
using Training.Testing.Driving;
using Training.Testing;
using Xunit;

namespace Training.Modules.Identity.Tests.Secrets;

public sealed class ChoosingOwnSecrets(IdentityApp app) : IClassFixture<IdentityApp>
{
    [Fact]
    public async Task A_learner_with_the_officers_pin_must_choose_her_own_before_anything_else()
    {
        var team = await app.TeamAsync("A");
        var number = Unique.Name("WB");
        var id = await team.Officer.Client.RegisterLearnerAsync(team.FacilityId, number, IdentityApi.IssuedPin);
        var tablet = app.Client();

        var signIn = await tablet.LearnerSignInAsync(team.Code, number, IdentityApi.IssuedPin);

        signIn.StatusCode.Should().Be(HttpStatusCode.OK);
        (await signIn.Content.ReadFromJsonAsync<MeView>())!.MustChangeSecret.Should().BeTrue();
        var refused = await tablet.GetAsync($"/api/learners/{id}");
        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await refused.ProblemAsync()).Code.Should().Be("secret.must-change");
        (await tablet.MeAsync())!.MustChangeSecret.Should().BeTrue("who she is stays readable");

        var changed = await tablet.ChangeSecretAsync(IdentityApi.IssuedPin, "627384");

        changed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await tablet.GetAsync($"/api/learners/{id}")).StatusCode.Should().Be(HttpStatusCode.OK, "the same session goes on with her own PIN");
        (await tablet.MeAsync())!.MustChangeSecret.Should().BeFalse();
        (await app.Client().LearnerSignInAsync(team.Code, number, IdentityApi.IssuedPin)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await app.Client().LearnerSignInAsync(team.Code, number, "627384")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Pages_lead_a_learner_with_the_officers_pin_to_the_pin_form()
    {
        var team = await app.TeamAsync("A");
        var number = Unique.Name("WB");
        await team.Officer.Client.RegisterLearnerAsync(team.FacilityId, number, IdentityApi.IssuedPin);
        var tablet = app.Client();
        await tablet.LearnerSignInAsync(team.Code, number, IdentityApi.IssuedPin);

        var page = await tablet.GetAsync("/account");

        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.Should().Be("/account/secret");
        (await tablet.GetAsync("/account/secret")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Staff_with_the_admins_password_must_choose_their_own_and_may_change_it_later()
    {
        var team = await app.TeamAsync("A");
        var username = Unique.Name("officer").ToLowerInvariant();
        await (await app.Admin()).CreateStaffAsync(username, Roles.FacilityOfficer, team.FacilityId);
        var officer = app.Client();
        (await (await officer.SignInAsync(username, IdentityApi.IssuedPassword)).Content.ReadFromJsonAsync<MeView>())!.MustChangeSecret.Should().BeTrue();

        var refused = await officer.GetAsync("/api/learners");
        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await refused.ProblemAsync()).Code.Should().Be("secret.must-change");
        var same = await officer.ChangeSecretAsync(IdentityApi.IssuedPassword, IdentityApi.IssuedPassword);
        same.StatusCode.Should().Be(HttpStatusCode.BadRequest, "the admin's password is not the owner's own");
        (await officer.ChangeSecretAsync("Not-The-Password-1", "Own-Password-2026")).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        (await officer.ChangeSecretAsync(IdentityApi.IssuedPassword, "Own-Password-2026")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await officer.GetAsync("/api/learners")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await officer.ChangeSecretAsync("Own-Password-2026", "Later-Password-2026")).StatusCode.Should().Be(HttpStatusCode.OK, "the owner may change it again");
        (await (await app.Client().SignInAsync(username, "Later-Password-2026")).Content.ReadFromJsonAsync<MeView>())!.MustChangeSecret.Should().BeFalse();
    }

    [Fact]
    public async Task An_officers_pin_reset_makes_the_pin_temporary_again()
    {
        var team = await app.TeamAsync("A");
        var learner = await team.RegisterLearnerAsync();

        (await team.Officer.Client.PostAsJsonAsync($"/api/learners/{learner.Id}/reset-pin", new { pin = "705318" })).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var tablet = app.Client();
        (await (await tablet.LearnerSignInAsync(learner.FacilityCode, learner.Number, "705318")).Content.ReadFromJsonAsync<MeView>())!.MustChangeSecret.Should().BeTrue();
        (await tablet.GetAsync($"/api/learners/{learner.Id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_admins_password_reset_makes_the_password_temporary_again_and_ends_open_sessions()
    {
        var team = await app.TeamAsync("A");
        var username = Unique.Name("trainer").ToLowerInvariant();
        var id = await app.CreateStaffAsync(username, Roles.Trainer, team.FacilityId);
        var trainer = await app.SignedInAsync(username, IdentityApi.StaffPassword);

        (await (await app.Admin()).PostAsJsonAsync($"/api/staff/{id}/reset-password", new { password = "Reset-Password-2026" })).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await trainer.MeAsync()).Should().BeNull();
        var again = app.Client();
        (await (await again.SignInAsync(username, "Reset-Password-2026")).Content.ReadFromJsonAsync<MeView>())!.MustChangeSecret.Should().BeTrue();
        (await again.GetAsync("/api/learners")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_bootstrap_admin_and_self_registered_employers_chose_their_own_secrets()
    {
        var employer = Unique.Name("umkm").ToLowerInvariant();
        await app.Client().RegisterEmployerAsync(employer);

        (await (await app.Admin()).MeAsync())!.MustChangeSecret.Should().BeFalse();
        (await (await app.SignedInAsync(employer, IdentityApi.EmployerPassword)).MeAsync())!.MustChangeSecret.Should().BeFalse();
        (await (await app.SignedInAsync(BekalApp.AdminUsername, BekalApp.AdminPassword)).GetAsync("/api/staff")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
