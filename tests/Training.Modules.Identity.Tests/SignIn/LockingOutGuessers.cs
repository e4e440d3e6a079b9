using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Training.BuildingBlocks.Security;
using Training.Testing.Driving;
using Xunit;

namespace Training.Modules.Identity.Tests.SignIn;

public sealed class LockingOutGuessers(IdentityApp app) : IClassFixture<IdentityApp>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_a_staff_account_even_against_the_right_password()
    {
        var username = await NewTrainerAsync();
        var client = app.Client();

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            answers.Add((await client.SignInAsync(username, "Not-The-Password-1")).StatusCode);
        }

        answers.Should().AllBeEquivalentTo(HttpStatusCode.Unauthorized, "the lock is not announced to whoever guesses");
        var withRightPassword = await client.SignInAsync(username, IdentityApi.StaffPassword);
        withRightPassword.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await withRightPassword.ProblemAsync()).Code.Should().Be("signin.wrong-credentials");
        (await client.MeAsync()).Should().BeNull("a locked account gets no session");
        (await (await app.Admin()).GetFromJsonAsync<List<StaffView>>("/api/staff"))!.Single(s => s.Username == username).Locked.Should().BeTrue();
    }

    [Fact]
    public async Task Five_wrong_pins_lock_a_learner_even_against_the_right_pin()
    {
        var team = await app.TeamAsync("A");
        var learner = await team.RegisterLearnerAsync("582913");
        var client = app.Client();

        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            answers.Add((await client.LearnerSignInAsync(learner.FacilityCode, learner.Number, "319582")).StatusCode);
        }

        answers.Should().AllBeEquivalentTo(HttpStatusCode.Unauthorized);
        (await client.LearnerSignInAsync(learner.FacilityCode, learner.Number, learner.Pin)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await team.Officer.Client.GetFromJsonAsync<LearnerView>($"/api/learners/{learner.Id}"))!.Locked.Should().BeTrue("her officer sees the lock");
    }

    [Fact]
    public async Task A_lockout_locks_only_that_account()
    {
        var locked = await NewTrainerAsync();
        var other = await NewTrainerAsync();
        var team = await app.TeamAsync("A");
        var lockedLearner = await team.RegisterLearnerAsync();
        var otherLearner = await team.RegisterLearnerAsync();
        var guesser = app.Client();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await guesser.SignInAsync(locked, "Not-The-Password-1");
            await guesser.LearnerSignInAsync(lockedLearner.FacilityCode, lockedLearner.Number, "319582");
        }

        (await guesser.SignInAsync(locked, IdentityApi.StaffPassword)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await app.Client().SignInAsync(other, IdentityApi.StaffPassword)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.Client().LearnerSignInAsync(otherLearner.FacilityCode, otherLearner.Number, otherLearner.Pin)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Fewer_than_five_wrong_guesses_are_forgotten_once_the_right_one_comes()
    {
        var username = await NewTrainerAsync();
        var client = app.Client();
        for (var round = 0; round < 2; round++)
        {
            for (var attempt = 0; attempt < 4; attempt++)
            {
                (await client.SignInAsync(username, "Not-The-Password-1")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            }

            (await client.SignInAsync(username, IdentityApi.StaffPassword)).StatusCode.Should().Be(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task An_officers_pin_reset_lets_a_locked_out_learner_in_with_the_new_pin()
    {
        var team = await app.TeamAsync("A");
        var learner = await team.RegisterLearnerAsync();
        var client = app.Client();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.LearnerSignInAsync(learner.FacilityCode, learner.Number, "319582");
        }

        var reset = await team.Officer.Client.PostAsJsonAsync($"/api/learners/{learner.Id}/reset-pin", new { pin = "705318" });
        reset.StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await client.LearnerSignInAsync(learner.FacilityCode, learner.Number, "705318")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<string> NewTrainerAsync()
    {
        var team = await app.TeamAsync("A");
        var username = Unique.Name("trainer").ToLowerInvariant();
        await app.CreateStaffAsync(username, Roles.Trainer, team.FacilityId);
        return username;
    }
}
