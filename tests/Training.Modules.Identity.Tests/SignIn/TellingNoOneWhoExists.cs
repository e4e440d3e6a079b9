using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using AccountSecrets = Training.Modules.Identity.Accounts.Secrets;
using Training.Testing.Driving;
using Xunit;

namespace Training.Modules.Identity.Tests.SignIn;

public sealed class TellingNoOneWhoExists(IdentityApp app) : IClassFixture<IdentityApp>
{
    [Fact]
    public async Task An_unknown_name_a_wrong_password_and_a_locked_account_get_the_same_status_and_body()
    {
        var team = await app.TeamAsync("A");
        var locked = Unique.Name("locked").ToLowerInvariant();
        await app.CreateStaffAsync(locked, Training.BuildingBlocks.Security.Roles.Trainer, team.FacilityId);
        await LockAsync(attempt => app.Client().SignInAsync(locked, $"Not-The-Password-{attempt}"));

        var unknown = await app.Client().SignInAsync("nobody-" + Unique.Name("x").ToLowerInvariant(), "Some-Password-1");
        var wrong = await app.Client().SignInAsync(team.Trainer.Username, "Some-Password-1");
        var lockedAnswer = await app.Client().SignInAsync(locked, IdentityApi.StaffPassword);

        await ShouldBeAlikeAsync(unknown, wrong, lockedAnswer);
    }

    [Fact]
    public async Task An_unknown_learner_a_wrong_pin_and_a_locked_learner_get_the_same_status_and_body()
    {
        var team = await app.TeamAsync("A");
        var known = await team.RegisterLearnerAsync();
        var locked = await team.RegisterLearnerAsync();
        await LockAsync(_ => app.Client().LearnerSignInAsync(locked.FacilityCode, locked.Number, "319582"));

        var unknown = await app.Client().LearnerSignInAsync(team.Code, "WB-NOBODY", "593017");
        var unknownFacility = await app.Client().LearnerSignInAsync("NO-SUCH-PLACE", known.Number, "593017");
        var wrong = await app.Client().LearnerSignInAsync(known.FacilityCode, known.Number, "593017");
        var lockedAnswer = await app.Client().LearnerSignInAsync(locked.FacilityCode, locked.Number, locked.Pin);

        await ShouldBeAlikeAsync(unknown, unknownFacility, wrong, lockedAnswer);
    }

    [Fact]
    public async Task Every_refused_sign_in_checks_exactly_one_secret_a_decoy_where_there_is_nothing_real_to_check()
    {
        var team = await app.TeamAsync("A");
        var learner = await team.RegisterLearnerAsync();
        var locked = await team.RegisterLearnerAsync();
        await LockAsync(_ => app.Client().LearnerSignInAsync(locked.FacilityCode, locked.Number, "319582"));
        using var checks = new SecretChecks(app.Services.GetRequiredService<IMeterFactory>());

        await app.Client().SignInAsync("nobody-here", "Some-Password-1");
        var afterUnknown = checks.Take();
        await app.Client().LearnerSignInAsync(learner.FacilityCode, learner.Number, "593017");
        var afterWrong = checks.Take();
        await app.Client().LearnerSignInAsync(locked.FacilityCode, locked.Number, locked.Pin);
        var afterLocked = checks.Take();

        afterUnknown.Should().Equal([true], "an unknown name costs one decoy check");
        afterWrong.Should().Equal([false], "a wrong PIN costs one real check");
        afterLocked.Should().Equal([true], "a locked learner costs one decoy check, not none");
    }

    private static async Task LockAsync(Func<int, Task<HttpResponseMessage>> wrongGuess)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await wrongGuess(attempt)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }
    }

    private static async Task ShouldBeAlikeAsync(params HttpResponseMessage[] answers)
    {
        var bodies = new List<string>();
        foreach (var answer in answers)
        {
            answer.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            answer.Headers.RetryAfter.Should().BeNull();
            var body = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!.AsObject();
            body.Remove("traceId");
            bodies.Add(body.ToJsonString());
        }

        bodies.Distinct().Should().ContainSingle().Which.Should().Contain("signin.wrong-credentials");
    }

    /// <summary>The secret checks of this host's sign-ins, as its metric counts them: true for a decoy.</summary>
    private sealed class SecretChecks : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<bool> _seen = [];

        public SecretChecks(IMeterFactory meters)
        {
            var meter = meters.Create(AccountSecrets.MeterName);
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter == meter && instrument.Name == AccountSecrets.ChecksName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
            {
                lock (_seen)
                {
                    foreach (var tag in tags)
                    {
                        if (tag.Key == "decoy")
                        {
                            _seen.Add((bool)tag.Value!);
                        }
                    }
                }
            });
            _listener.Start();
        }

        public List<bool> Take()
        {
            lock (_seen)
            {
                var taken = _seen.ToList();
                _seen.Clear();
                return taken;
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
