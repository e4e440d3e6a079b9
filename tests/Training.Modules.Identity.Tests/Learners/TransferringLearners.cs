using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Training.Testing.Driving;
using Xunit;

namespace Training.Modules.Identity.Tests.Learners;

public sealed class TransferringLearners(IdentityApp app) : IClassFixture<IdentityApp>
{
    [Fact]
    public async Task A_learner_whose_number_is_taken_at_the_new_facility_moves_under_a_new_number()
    {
        var a = await app.TeamAsync("A");
        var b = await app.TeamAsync("B");
        var learner = await a.RegisterLearnerAsync();
        await b.Officer.Client.RegisterLearnerAsync(b.FacilityId, learner.Number, "593017");
        var newNumber = Unique.Name("WB");

        var clash = await a.Officer.Client.PostAsJsonAsync($"/api/learners/{learner.Id}/transfer", new { toFacilityId = b.FacilityId });
        var renumbered = await a.Officer.Client.PostAsJsonAsync($"/api/learners/{learner.Id}/transfer", new { toFacilityId = b.FacilityId, learnerNumber = newNumber });

        clash.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await clash.ProblemAsync()).Code.Should().Be("learner.number-taken");
        renumbered.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await app.Client().LearnerSignInAsync(b.Code, newNumber, learner.Pin)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_transfer_to_the_same_or_an_unknown_facility_is_refused()
    {
        var a = await app.TeamAsync("A");
        var learner = await a.RegisterLearnerAsync();

        foreach (var destination in new[] { a.FacilityId, Guid.NewGuid() })
        {
            var refused = await a.Officer.Client.PostAsJsonAsync($"/api/learners/{learner.Id}/transfer", new { toFacilityId = destination });
            refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await refused.ProblemAsync()).Code.Should().Be("learner.transfer.facility-invalid");
        }
    }

    [Fact]
    public async Task A_released_learner_is_not_transferred()
    {
        var a = await app.TeamAsync("A");
        var b = await app.TeamAsync("B");
        var learner = await a.RegisterLearnerAsync();
        (await a.Officer.Client.PostAsync($"/api/learners/{learner.Id}/release", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var transfer = await a.Officer.Client.PostAsJsonAsync($"/api/learners/{learner.Id}/transfer", new { toFacilityId = b.FacilityId });

        transfer.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await transfer.ProblemAsync()).Code.Should().Be("learner.released");
    }
}
