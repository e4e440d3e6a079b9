using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Training.BuildingBlocks.Security;
using Training.Testing.Driving;
using Xunit;

namespace Training.Modules.Identity.Tests.SignIn;

public sealed class SigningIn(IdentityApp app) : IClassFixture<IdentityApp>
{
    [Fact]
    public async Task A_staff_member_signs_in_and_is_told_who_they_are()
    {
        var team = await app.TeamAsync("A");

        var me = await team.Officer.Client.MeAsync();

        me.Should().BeEquivalentTo(new { team.Officer.Id, Role = Roles.FacilityOfficer, FacilityId = (Guid?)team.FacilityId, EmployerStatus = (string?)null });
    }

    [Fact]
    public async Task A_learner_signs_in_with_the_facility_code_in_any_case_and_is_told_who_they_are()
    {
        var team = await app.TeamAsync("A");
        var learner = await team.RegisterLearnerAsync();

        var tablet = await app.LearnerSignedInAsync($" {learner.FacilityCode.ToLowerInvariant()} ", learner.Number, learner.Pin);

        (await tablet.MeAsync()).Should().BeEquivalentTo(new { learner.Id, Role = Roles.Learner, FacilityId = (Guid?)team.FacilityId });
    }

    [Fact]
    public async Task An_unknown_name_and_a_wrong_password_get_the_same_answer()
    {
        var team = await app.TeamAsync("A");

        var unknown = await app.Client().SignInAsync("nobody-here", "Some-Password-1");
        var wrong = await app.Client().SignInAsync(team.Trainer.Username, "Some-Password-1");
        var unknownLearner = await app.Client().LearnerSignInAsync(team.Code, "WB-NOBODY", "593017");

        foreach (var refused in new[] { unknown, wrong, unknownLearner })
        {
            refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            (await refused.ProblemAsync()).Code.Should().Be("signin.wrong-credentials");
        }
    }

    [Fact]
    public async Task A_double_tapped_sign_in_signs_in_both_times()
    {
        var team = await app.TeamAsync("A");
        var learner = await team.RegisterLearnerAsync();

        var answers = new List<HttpStatusCode>();
        for (var round = 0; round < 5; round++)
        {
            var taps = await Task.WhenAll(
                app.Client().LearnerSignInAsync(learner.FacilityCode, learner.Number, learner.Pin),
                app.Client().LearnerSignInAsync(learner.FacilityCode, learner.Number, learner.Pin),
                app.Client().SignInAsync(team.Trainer.Username, IdentityApi.StaffPassword),
                app.Client().SignInAsync(team.Trainer.Username, IdentityApi.StaffPassword));
            answers.AddRange(taps.Select(t => t.StatusCode));
        }

        answers.Should().AllBeEquivalentTo(HttpStatusCode.OK, "two sign-ins of one person at once are no conflict the person could resolve");
    }

    [Fact]
    public async Task Signing_in_as_staff_makes_no_learner_record_under_the_staff_members_id()
    {
        var team = await app.TeamAsync("A");

        (await team.Trainer.Client.GetAsync($"/api/learners/{team.Trainer.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Signing_in_as_a_learner_adds_no_one_to_the_staff_list()
    {
        var team = await app.TeamAsync("A");
        var learner = await team.RegisterLearnerAsync();
        await team.SignedInAsync(learner);

        var staff = await (await app.Admin()).GetFromJsonAsync<List<StaffView>>("/api/staff");

        staff!.Select(s => s.Id).Should().NotContain(learner.Id);
        staff.Should().OnlyContain(s => !string.IsNullOrEmpty(s.Username));
    }
}
