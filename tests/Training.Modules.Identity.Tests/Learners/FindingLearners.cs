using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Training.Testing.Driving;
using Xunit;

namespace Training.Modules.Identity.Tests.Learners;

public sealed class FindingLearners(IdentityApp app) : IClassFixture<IdentityApp>
{
    [Fact]
    public async Task Staff_find_a_learner_by_part_of_the_name_in_any_case_or_by_the_start_of_the_number()
    {
        var team = await app.TeamAsync("A");
        var number = Unique.Name("CARI");
        var registered = await team.Officer.Client.PostAsJsonAsync("/api/learners",
            new { facilityId = team.FacilityId, learnerNumber = number, fullName = "Ratna Sari Dewi", pin = "593017" });
        var id = await IdentityApi.IdOfAsync(registered, HttpStatusCode.Created);

        (await team.Trainer.Client.SearchLearnersAsync("sari")).Should().Contain(l => l.Id == id);
        (await team.Assessor.Client.SearchLearnersAsync(number[..8].ToLowerInvariant())).Should().Contain(l => l.Id == id);
        (await team.Officer.Client.SearchLearnersAsync(number[5..])).Should().NotContain(l => l.Id == id, "a number matches from its start");
    }
}
