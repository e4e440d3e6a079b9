using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Training.Testing.Driving;
using Xunit;

namespace Training.Modules.Identity.Tests.Isolation;

public sealed class KeepingFacilitiesApart(IdentityApp app) : IClassFixture<IdentityApp>
{
    [Fact]
    public async Task Staff_of_another_facility_are_answered_as_if_the_learner_did_not_exist()
    {
        var a = await app.TeamAsync("A");
        var b = await app.TeamAsync("B");
        var learner = await a.RegisterLearnerAsync();
        var nobody = Guid.NewGuid();

        foreach (var staff in b.Staff)
        {
            foreach (var (name, call) in LearnerCalls(b.FacilityId))
            {
                var toLearner = await call(staff.Client, learner.Id);
                var toNobody = await call(staff.Client, nobody);

                toLearner.StatusCode.Should().BeOneOf([HttpStatusCode.NotFound, HttpStatusCode.Forbidden], $"{staff.Role} of B: {name}");
                toLearner.StatusCode.Should().Be(toNobody.StatusCode, $"{staff.Role} of B must not tell A's learner from no learner: {name}");
            }
        }

        foreach (var (name, call) in LearnerCalls(b.FacilityId))
        {
            (await call(b.Officer.Client, learner.Id)).StatusCode.Should().Be(HttpStatusCode.NotFound, $"B's officer: {name}");
        }

        (await a.Officer.Client.GetAsync($"/api/learners/{learner.Id}")).StatusCode.Should().Be(HttpStatusCode.OK, "A's own officer still sees the learner");
    }

    [Fact]
    public async Task Searching_at_another_facility_never_lists_the_learner()
    {
        var a = await app.TeamAsync("A");
        var b = await app.TeamAsync("B");
        var learner = await a.RegisterLearnerAsync();

        foreach (var staff in b.Staff)
        {
            (await staff.Client.SearchLearnersAsync()).Should().NotContain(l => l.Id == learner.Id, $"{staff.Role} of B lists only B's learners");
            (await staff.Client.SearchLearnersAsync(learner.Number)).Should().BeEmpty($"{staff.Role} of B searches only B's learners");
        }

        (await a.Trainer.Client.SearchLearnersAsync(learner.Number)).Should().ContainSingle(l => l.Id == learner.Id);
    }

    [Fact]
    public async Task Other_modules_asking_about_the_learner_for_staff_of_another_facility_hear_nothing()
    {
        var a = await app.TeamAsync("A");
        var b = await app.TeamAsync("B");
        var learner = await a.RegisterLearnerAsync();

        foreach (var staff in b.Staff)
        {
            var asked = await app.AskAsStaffAsync(staff, b.FacilityId, learner.Id);
            asked.Summary.Should().BeNull($"{staff.Role} of B gets no summary");
            asked.MayAct.Should().BeFalse($"{staff.Role} of B may not act on A's learner");
        }

        var own = await app.AskAsStaffAsync(a.Assessor, a.FacilityId, learner.Id);
        own.Summary!.FacilityId.Should().Be(a.FacilityId);
        own.MayAct.Should().BeTrue();
    }

    [Fact]
    public async Task A_learner_cannot_read_another_learners_record()
    {
        var a = await app.TeamAsync("A");
        var siti = await a.RegisterLearnerAsync();
        var dewi = await a.RegisterLearnerAsync();
        var sitiClient = await a.SignedInAsync(siti);

        (await sitiClient.GetAsync($"/api/learners/{siti.Id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await sitiClient.GetAsync($"/api/learners/{dewi.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task After_a_transfer_the_old_facility_loses_the_learner_and_the_new_one_has_them()
    {
        var a = await app.TeamAsync("A");
        var b = await app.TeamAsync("B");
        var learner = await a.RegisterLearnerAsync();
        var learnerClient = await a.SignedInAsync(learner);

        var transfer = await a.Officer.Client.PostAsJsonAsync($"/api/learners/{learner.Id}/transfer", new { toFacilityId = b.FacilityId });
        transfer.StatusCode.Should().Be(HttpStatusCode.NoContent);

        foreach (var staff in a.Staff)
        {
            (await staff.Client.GetAsync($"/api/learners/{learner.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound, $"{staff.Role} of A lost the learner");
            (await staff.Client.SearchLearnersAsync(learner.Number)).Should().BeEmpty();
        }

        foreach (var staff in b.Staff)
        {
            var seen = await staff.Client.GetFromJsonAsync<LearnerView>($"/api/learners/{learner.Id}");
            seen!.FacilityId.Should().Be(b.FacilityId, $"{staff.Role} of B sees the learner");
            (await staff.Client.SearchLearnersAsync(learner.Number)).Should().ContainSingle(l => l.Id == learner.Id);
        }

        (await learnerClient.MeAsync()).Should().BeNull("the session opened at A ended with the transfer");
        var atB = await app.LearnerSignedInAsync(b.Code, learner.Number, learner.Pin);
        (await atB.MeAsync())!.FacilityId.Should().Be(b.FacilityId);
    }

    /// <summary>Every learner-level read and write, as staff of facility B would send it.</summary>
    private static IEnumerable<(string Name, Func<HttpClient, Guid, Task<HttpResponseMessage>> Call)> LearnerCalls(Guid ownFacilityId) =>
    [
        ("get", (c, id) => c.GetAsync($"/api/learners/{id}")),
        ("reset PIN", (c, id) => c.PostAsJsonAsync($"/api/learners/{id}/reset-pin", new { pin = "593017" })),
        ("transfer", (c, id) => c.PostAsJsonAsync($"/api/learners/{id}/transfer", new { toFacilityId = ownFacilityId })),
        ("release", (c, id) => c.PostAsync($"/api/learners/{id}/release", null)),
    ];
}
