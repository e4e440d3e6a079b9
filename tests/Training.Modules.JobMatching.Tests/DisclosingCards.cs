using System.Net;
using System.Text.Json;
using FluentAssertions;
using Training.Modules.JobMatching.Tests.Pages;
using Training.Testing;
using Xunit;

namespace Training.Modules.JobMatching.Tests;

/// <summary>Every sight an employer gets of a graduate's card is recorded, and the learner sees who and how.</summary>
public sealed class DisclosingCards(JobsApp app) : IClassFixture<JobsApp>
{
    [Fact]
    public async Task An_employers_search_match_listing_profile_view_and_photo_download_each_show_in_the_learners_list_with_the_way()
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Lia Kartika");
        var profileId = await learner.OptInAsync("Tenun Borneo");
        await app.IssueAsync(learner.Id, "Weaving", ["C.132000.022.01"]);
        var photoId = await Json.IdAsync(await facility.Trainer.PostAsync($"/api/learners/{learner.Id}/portfolio-photos", PostingJobsAndPortfolios.Photo()));
        var employer = await app.EmployerAsync(organization: "UD Kerajinan Sampit");
        await app.EmployerAsync(organization: "CV Tidak Mencari");

        await Eventually.Until(() => employer.SearchAsync("skill=Weaving"), p => p.Aliases().Contains("Tenun Borneo"));
        await employer.SearchAsync("skill=Weaving");
        var jobId = await MediatingInterest.PostJobAsync(employer);
        await Eventually.Until(() => employer.GetAsync($"/api/jobs/{jobId}/matches").OkAsync(), m => m.GetProperty("items").GetArrayLength() == 1);
        await employer.GetAsync($"/api/graduates/{profileId}").OkAsync();
        (await employer.GetAsync($"/api/portfolio-photos/{photoId}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await learner.Client.GetAsync($"/api/portfolio-photos/{photoId}")).StatusCode.Should().Be(HttpStatusCode.OK, "her own look discloses nothing");

        var mine = await Eventually.Until(
            () => learner.Client.GetAsync("/api/me/graduate-profile").OkAsync(),
            m => Seen(m).Count == 4 && Seen(m).All(v => v.Organization == "UD Kerajinan Sampit"));
        Seen(mine).Select(v => v.Way).Should().BeEquivalentTo("Search", "Match", "Profile", "Photo");
        Seen(mine).Single(v => v.Way == "Search").Times.Should().BeGreaterThanOrEqualTo(2, "searches are counted per employer, profile and day");
        var page = await (await learner.Client.GetAsync("/profile")).TextAsync();
        page.Should().Contain("Siapa yang melihat kartu saya").And.Contain("UD Kerajinan Sampit · di hasil pencarian")
            .And.Contain("di daftar kecocokan lowongan").And.Contain("membuka profil").And.Contain("mengunduh foto portofolio")
            .And.NotContain("CV Tidak Mencari");
    }

    [Fact]
    public async Task A_search_that_does_not_show_her_card_discloses_nothing()
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Maya Sari");
        await learner.OptInAsync("Rajut Senja");
        var employer = await app.EmployerAsync(organization: "CV Jahit Rapi");

        await employer.SearchAsync("skill=Sewing");

        Seen(await learner.Client.GetAsync("/api/me/graduate-profile").OkAsync()).Should().BeEmpty();
    }

    private static List<(string Organization, string Way, int Times)> Seen(JsonElement profile) =>
        [.. profile.GetProperty("viewedBy").EnumerateArray()
            .Select(v => (v.GetProperty("organizationName").GetString()!, v.GetProperty("way").GetString()!, v.GetProperty("times").GetInt32()))];
}
