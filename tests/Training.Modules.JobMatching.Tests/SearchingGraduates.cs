using System.Net;
using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.Modules.JobMatching.Tests;

public sealed class SearchingGraduates(JobsApp app) : IClassFixture<JobsApp>
{
    private const string Weaving = "C.132000.022.01";

    [Theory]
    [InlineData("pending")]
    [InlineData("reject")]
    public async Task Only_verified_employers_may_search_or_view(string decision)
    {
        var employer = await app.EmployerAsync(decision);

        (await employer.GetAsync("/api/graduates")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await employer.GetAsync($"/api/graduates/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await employer.GetAsync("/api/jobs")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Skills_come_from_valid_certificates_and_a_revoked_one_takes_its_skill_out_of_search()
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Siti Aminah");
        var profileId = await learner.OptInAsync("Anyaman Kahayan");
        var employer = await app.EmployerAsync();
        var certificate = await app.IssueAsync(learner.Id, "Weaving", [Weaving]);

        var found = await Eventually.Until(() => employer.SearchAsync("skill=weaving"), p => p.Aliases().Contains("Anyaman Kahayan"));
        var card = found.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("profileId").GetGuid() == profileId);
        card.GetProperty("skills").EnumerateArray().Select(s => s.GetString()).Should().Equal("Weaving");
        card.GetProperty("certificates")[0].GetProperty("courseTitle").GetString().Should().Be("Anyaman Purun: Tikar dan Tas");
        card.GetProperty("certificates")[0].GetProperty("units")[0].GetProperty("code").GetString().Should().Be(Weaving);
        (await employer.SearchAsync($"unitCode={Weaving.ToLowerInvariant()}")).Aliases().Should().Contain("Anyaman Kahayan");

        await app.RevokeAsync(certificate, learner.Id);

        var after = await Eventually.Until(() => employer.SearchAsync("skill=Weaving"), p => !p.Aliases().Contains("Anyaman Kahayan"));
        after.Aliases().Should().NotContain("Anyaman Kahayan");
        var stillListed = await employer.SearchAsync("province=Kalimantan%20Tengah&pageSize=100");
        stillListed.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("profileId").GetGuid() == profileId)
            .GetProperty("skills").GetArrayLength().Should().Be(0, "the profile stays, without the revoked certificate's skill");
    }

    [Fact]
    public async Task A_reissue_replaces_the_certificate_it_supersedes_and_an_expired_one_counts_no_more()
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Dewi Lestari");
        var profileId = await learner.OptInAsync("Rajut Kapuas");
        var employer = await app.EmployerAsync();
        var first = await app.IssueAsync(learner.Id, "Knitting", ["C.131000.011.01"], courseTitle: "Merajut Dasar");
        var reissue = await app.IssueAsync(learner.Id, "Knitting", ["C.131000.011.01"], courseTitle: "Merajut Dasar", supersedes: first);

        var view = await Eventually.Until(() => employer.GetAsync($"/api/graduates/{profileId}").OkAsync(), v => v.GetProperty("skills").GetArrayLength() == 1);
        view.GetProperty("certificates").GetArrayLength().Should().Be(1);

        await app.ExpireAsync(reissue, learner.Id);

        (await Eventually.Until(() => employer.GetAsync($"/api/graduates/{profileId}").OkAsync(), v => v.GetProperty("skills").GetArrayLength() == 0))
            .GetProperty("certificates").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Withdrawing_consent_removes_the_profile_from_search_at_once()
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Rina Marlina");
        var profileId = await learner.OptInAsync("Purun Sejati");
        var employer = await app.EmployerAsync();
        (await employer.SearchAsync("regency=Kota%20Palangka%20Raya&province=62&pageSize=100")).Aliases().Should().Contain("Purun Sejati");

        (await learner.Client.DeleteAsync("/api/me/graduate-profile")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await employer.SearchAsync("province=62&pageSize=100")).Aliases().Should().NotContain("Purun Sejati");
        (await employer.GetAsync($"/api/graduates/{profileId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Filters_narrow_by_region_availability_and_work_type_and_pages_count_the_total()
    {
        var facility = await Facility.CreateAsync(app, "Lapas Filter");
        var tag = Guid.NewGuid().ToString("N")[..5];
        var soon = await facility.LearnerAsync("Ani Wulandari");
        await soon.OptInAsync($"Segera {tag}", Json.Month(0), "Kapuas", ["Employment"]);
        var later = await facility.LearnerAsync("Ika Purnama");
        await later.OptInAsync($"Nanti {tag}", Json.Month(5), "Kapuas", ["Employment", "HomeBased"]);
        var employer = await app.EmployerAsync();

        (await employer.SearchAsync($"province=kalimantan%20tengah&regency=kapuas&availableBy={Json.Month(1)}&pageSize=100")).Aliases()
            .Should().Contain($"Segera {tag}").And.NotContain($"Nanti {tag}");
        (await employer.SearchAsync("province=62&regency=6203&workType=HomeBased&pageSize=100")).Aliases()
            .Should().Contain($"Nanti {tag}").And.NotContain($"Segera {tag}");
        var first = await employer.SearchAsync("province=62&regency=6203&pageSize=1&page=1");
        var beyond = await employer.SearchAsync("province=62&regency=6203&pageSize=1&page=50");
        first.GetProperty("items").GetArrayLength().Should().Be(1);
        first.GetProperty("total").GetInt32().Should().BeGreaterThanOrEqualTo(2);
        beyond.GetProperty("items").GetArrayLength().Should().Be(0);
        beyond.GetProperty("total").GetInt32().Should().Be(first.GetProperty("total").GetInt32());
        var byMonth = $"province=62&regency=6203&availableBy={Json.Month(12)}&pageSize=1";
        var firstByMonth = await employer.SearchAsync($"{byMonth}&page=1");
        var beyondByMonth = await employer.SearchAsync($"{byMonth}&page=50");
        beyondByMonth.GetProperty("items").GetArrayLength().Should().Be(0);
        beyondByMonth.GetProperty("total").GetInt32().Should().Be(firstByMonth.GetProperty("total").GetInt32()).And.BeGreaterThanOrEqualTo(2);
    }

    [Theory]
    [InlineData("skill=Pottery")]
    [InlineData("skill=1")]
    [InlineData("unitCode=%3Cscript%3E")]
    [InlineData("province=Atlantis")]
    [InlineData("regency=Kapuas")]
    [InlineData("province=62&regency=Bandung")]
    [InlineData("availableBy=2027-1")]
    [InlineData("workType=Freelance")]
    [InlineData("page=0")]
    [InlineData("pageSize=1000")]
    [InlineData("page=abc")]
    public async Task Bad_search_input_is_a_400(string query)
    {
        var employer = await app.EmployerAsync();

        var refused = await employer.GetAsync("/api/graduates?" + query);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest, await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_regions_list_ships_all_38_provinces_and_the_14_regencies_of_Kalimantan_Tengah()
    {
        var regions = await app.Client().GetAsync("/api/regions").OkAsync();

        regions.GetArrayLength().Should().Be(38);
        var kalteng = regions.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Kalimantan Tengah");
        kalteng.GetProperty("regencies").GetArrayLength().Should().Be(14);
        kalteng.GetProperty("regencies").EnumerateArray().Select(r => r.GetProperty("name").GetString()).Should().Contain("Kota Palangka Raya");
    }
}
