using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Training.Modules.JobMatching.Tests.Pages;
using Training.Testing;
using Xunit;

namespace Training.Modules.JobMatching.Tests;

/// <summary>An admin suspends a verified employer that misuses its access: everything it could reach stops with its next request.</summary>
public sealed class SuspendingAnEmployer(JobsApp app) : IClassFixture<JobsApp>
{
    [Fact]
    public async Task A_suspended_employer_can_no_longer_search_see_matches_view_a_profile_or_send_interest()
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Wulan Sari");
        var profileId = await learner.OptInAsync("Tikar Sebangau");
        await app.IssueAsync(learner.Id, "Weaving", ["C.132000.022.01"]);
        var organization = "CV Ditangguhkan " + Guid.NewGuid().ToString("N")[..6];
        var employer = await app.EmployerAsync(organization: organization);
        var jobId = await MediatingInterest.PostJobAsync(employer);
        await Eventually.Until(() => employer.GetAsync($"/api/jobs/{jobId}/matches").OkAsync(), m => m.GetProperty("items").GetArrayLength() == 1);
        var admin = await app.Admin();
        var employers = await admin.GetFromJsonAsync<List<EmployerRow>>("/api/employers");
        var employerId = employers!.Single(e => e.OrganizationName == organization).Id;

        var suspended = await admin.PostAsJsonAsync($"/api/employers/{employerId}/suspend", new { reason = "Menghubungi warga binaan di luar jalur resmi" });

        suspended.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await employer.GetAsync("/api/graduates?skill=Weaving")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await employer.GetAsync($"/api/graduates/{profileId}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await employer.GetAsync($"/api/jobs/{jobId}/matches")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await employer.PostAsJsonAsync("/api/interests", new { profileId, jobId, message = "Kami tertarik." })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var search = await employer.GetAsync("/employer/graduates?skill=Weaving");
        search.Headers.Location!.OriginalString.Should().Be("/employer/waiting");
        var waiting = await employer.GetAsync("/employer/waiting");
        waiting.StatusCode.Should().Be(HttpStatusCode.OK);
        (await waiting.TextAsync()).Should().Contain("menangguhkan organisasi Anda");
        var page = await (await admin.GetAsync("/admin/employers")).TextAsync();
        page.Should().Contain(organization).And.Contain("Ditangguhkan");
    }

    [Fact]
    public async Task Only_a_verified_employer_can_be_suspended_and_only_by_an_admin_with_a_reason()
    {
        var organization = "CV Menunggu " + Guid.NewGuid().ToString("N")[..6];
        await app.EmployerAsync("pending", organization);
        var admin = await app.Admin();
        var employerId = (await admin.GetFromJsonAsync<List<EmployerRow>>("/api/employers"))!.Single(e => e.OrganizationName == organization).Id;
        var facility = await Facility.CreateAsync(app);

        (await admin.PostAsJsonAsync($"/api/employers/{employerId}/suspend", new { reason = "Tidak jelas" })).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await admin.PostAsJsonAsync($"/api/employers/{employerId}/suspend", new { reason = " " })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await facility.Officer.PostAsJsonAsync($"/api/employers/{employerId}/suspend", new { reason = "Tidak jelas" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_reinstated_employer_searches_again_and_only_a_suspended_one_can_be_reinstated()
    {
        var organization = "CV Kembali " + Guid.NewGuid().ToString("N")[..6];
        var employer = await app.EmployerAsync(organization: organization);
        var admin = await app.Admin();
        var employerId = (await admin.GetFromJsonAsync<List<EmployerRow>>("/api/employers"))!.Single(e => e.OrganizationName == organization).Id;
        (await admin.PostAsJsonAsync($"/api/employers/{employerId}/reinstate", new { })).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await admin.PostAsJsonAsync($"/api/employers/{employerId}/suspend", new { reason = "Diperiksa ulang" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await employer.GetAsync("/api/graduates?skill=Weaving")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var reinstated = await admin.PostAsJsonAsync($"/api/employers/{employerId}/reinstate", new { note = "Sudah diperiksa" });

        reinstated.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await employer.GetAsync("/api/graduates?skill=Weaving")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await admin.GetFromJsonAsync<List<EmployerRow>>("/api/employers"))!.Single(e => e.Id == employerId).Status.Should().Be("Verified");
    }

    private sealed record EmployerRow(Guid Id, string OrganizationName, string Status);
}
