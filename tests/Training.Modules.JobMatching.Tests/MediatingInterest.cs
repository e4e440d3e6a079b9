using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Training.Modules.JobMatching.Contracts;
using Training.Testing;
using Xunit;

namespace Training.Modules.JobMatching.Tests;

public sealed class MediatingInterest(JobsApp app) : IClassFixture<JobsApp>
{
    [Fact]
    public async Task Employer_officer_and_learner_take_the_interest_step_by_step_and_only_acceptance_shares_name_and_contact()
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Siti Aminah");
        var profileId = await learner.OptInAsync("Tangan Emas");
        await app.IssueAsync(learner.Id, "Weaving", ["C.132000.022.01"]);
        var employer = await app.EmployerAsync(organization: "Koperasi Purun Jaya");
        await Eventually.Until(() => employer.GetAsync($"/api/graduates/{profileId}").OkAsync(), v => v.GetProperty("skills").GetArrayLength() == 1);
        var jobId = await PostJobAsync(employer);

        var interestId = await Json.IdAsync(await employer.PostAsJsonAsync("/api/interests", new { profileId, jobId, message = "Kami ingin menawarkan kerja anyaman." }));
        var sent = await employer.GetAsync($"/api/interests/{interestId}").OkAsync();
        sent.GetProperty("status").GetString().Should().Be("AwaitingReview");
        sent.GetProperty("learnerName").ValueKind.Should().Be(JsonValueKind.Null);

        var queue = await facility.Officer.GetAsync("/api/interests?status=AwaitingReview").OkAsync();
        queue.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Should().Contain(interestId);
        var forOfficer = await facility.Officer.GetAsync($"/api/interests/{interestId}").OkAsync();
        forOfficer.GetProperty("employer").GetProperty("organizationName").GetString().Should().Be("Koperasi Purun Jaya");
        forOfficer.GetProperty("employer").GetProperty("phone").GetString().Should().NotBeNullOrEmpty();
        forOfficer.GetProperty("noteToStaff").GetString().Should().Be("Bahan disediakan.");
        forOfficer.GetProperty("learnerName").GetString().Should().Be("Siti Aminah");

        (await facility.Officer.PostAsJsonAsync($"/api/interests/{interestId}/review",
            new { approve = true, note = "Lowongan ini cocok.", contactRoute = "Telepon LPP: 0536-3221234" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var approved = await employer.GetAsync($"/api/interests/{interestId}").OkAsync();
        approved.GetProperty("status").GetString().Should().Be("AwaitingLearner");
        approved.GetProperty("contactRoute").ValueKind.Should().Be(JsonValueKind.Null, "the route is shared only after acceptance");
        var forLearner = await learner.Client.GetAsync($"/api/interests/{interestId}").OkAsync();
        forLearner.GetProperty("officerNote").GetString().Should().Be("Lowongan ini cocok.");

        (await learner.Client.PostAsJsonAsync($"/api/interests/{interestId}/respond", new { accept = true })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var accepted = await employer.GetAsync($"/api/interests/{interestId}").OkAsync();
        accepted.GetProperty("status").GetString().Should().Be("Accepted");
        accepted.GetProperty("learnerName").GetString().Should().Be("Siti Aminah");
        accepted.GetProperty("contactRoute").GetString().Should().Be("Telepon LPP: 0536-3221234");

        (await employer.PostAsJsonAsync($"/api/interests/{interestId}/outcome", new { outcome = "InterviewArranged" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await facility.Officer.PostAsJsonAsync($"/api/interests/{interestId}/outcome", new { outcome = "Hired" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var hired = await learner.Client.GetAsync($"/api/interests/{interestId}").OkAsync();
        hired.GetProperty("status").GetString().Should().Be("Hired");
        hired.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetString())
            .Should().Equal("Sent", "ApprovedByOfficer", "AcceptedByLearner", "InterviewArranged", "Hired");
        (await employer.PostAsJsonAsync($"/api/interests/{interestId}/outcome", new { outcome = "NotHired" })).StatusCode.Should().Be(HttpStatusCode.Conflict);

        var figures = await app.InScopeAsync(sp => ((MediatR.IMediator)sp.GetService(typeof(MediatR.IMediator))!).Send(new GetPlacementFigures()));
        figures.Should().ContainSingle(f => f.FacilityId == facility.Id && f.CourseTitle == "Anyaman Purun: Tikar dan Tas" && f.Placements == 1);
    }

    [Fact]
    public async Task An_officer_of_another_facility_cannot_review_and_another_learner_cannot_answer()
    {
        var (facility, learner, employer, interestId) = await SentInterestAsync();
        var other = await Facility.CreateAsync(app, "Rutan Sampit");
        var stranger = await facility.LearnerAsync("Nur Aisyah");

        var review = await other.Officer.PostAsJsonAsync($"/api/interests/{interestId}/review", new { approve = true, note = "Ya", contactRoute = "0536" });
        (await other.Officer.GetAsync($"/api/interests/{interestId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        review.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await facility.Trainer.PostAsJsonAsync($"/api/interests/{interestId}/review", new { approve = true, note = "Ya", contactRoute = "0536" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);

        (await facility.Officer.PostAsJsonAsync($"/api/interests/{interestId}/review", new { approve = true, note = "Silakan", contactRoute = "Telepon LPP" }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await stranger.Client.PostAsJsonAsync($"/api/interests/{interestId}/respond", new { accept = true })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.Client.GetAsync($"/api/interests/{interestId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await learner.Client.PostAsJsonAsync($"/api/interests/{interestId}/outcome", new { outcome = "Withdrawn" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var otherEmployer = await app.EmployerAsync();
        (await otherEmployer.GetAsync($"/api/interests/{interestId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await employer.GetAsync($"/api/interests/{interestId}").OkAsync()).GetProperty("status").GetString().Should().Be("AwaitingLearner");
    }

    [Fact]
    public async Task After_a_transfer_the_new_facilitys_officer_reviews_and_the_old_one_no_longer_sees_it()
    {
        var (facility, learner, _, interestId) = await SentInterestAsync();
        var destination = await Facility.CreateAsync(app, "LPP Sampit");
        (await facility.Officer.PostAsJsonAsync($"/api/learners/{learner.Id}/transfer", new { toFacilityId = destination.Id })).EnsureSuccessStatusCode();

        (await facility.Officer.GetAsync($"/api/interests/{interestId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await destination.Officer.PostAsJsonAsync($"/api/interests/{interestId}/review", new { approve = false, note = "Belum bisa" }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Eventually.Until(() => destination.Officer.GetAsync("/api/interests").OkAsync(), l => l.GetArrayLength() > 0))
            .EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Should().Contain(interestId);
    }

    [Fact]
    public async Task Withdrawing_consent_cancels_open_interests_and_hides_the_name_again()
    {
        var (facility, learner, employer, interestId) = await SentInterestAsync();
        (await facility.Officer.PostAsJsonAsync($"/api/interests/{interestId}/review", new { approve = true, note = "Silakan", contactRoute = "Telepon LPP" })).EnsureSuccessStatusCode();
        (await learner.Client.PostAsJsonAsync($"/api/interests/{interestId}/respond", new { accept = true })).EnsureSuccessStatusCode();

        (await learner.Client.DeleteAsync("/api/me/graduate-profile")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var cancelled = await employer.GetAsync($"/api/interests/{interestId}").OkAsync();
        cancelled.GetProperty("status").GetString().Should().Be("Cancelled");
        cancelled.GetProperty("learnerName").ValueKind.Should().Be(JsonValueKind.Null);
        (await employer.PostAsJsonAsync($"/api/interests/{interestId}/outcome", new { outcome = "Hired" })).StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_interest_without_an_answer_for_30_days_expires()
    {
        var (_, _, employer, interestId) = await SentInterestAsync();

        app.Clock.MoveAhead(TimeSpan.FromDays(31));
        try
        {
            var expired = await app.InScopeAsync(sp => ((MediatR.IMediator)sp.GetService(typeof(MediatR.IMediator))!).Send(new Interests.ExpireInterests()));
            expired.Should().BeGreaterThanOrEqualTo(1);
        }
        finally
        {
            app.Clock.MoveAhead(TimeSpan.FromDays(-31));
        }

        (await employer.GetAsync($"/api/interests/{interestId}").OkAsync()).GetProperty("status").GetString().Should().Be("Expired");
    }

    [Fact]
    public async Task Bad_interest_input_is_a_400_and_a_second_open_interest_a_409()
    {
        var (facility, _, employer, interestId) = await SentInterestAsync();
        var profileId = (await employer.GetAsync($"/api/interests/{interestId}").OkAsync()).GetProperty("profileId").GetGuid();

        (await employer.PostAsJsonAsync("/api/interests", new { profileId, message = "" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await employer.PostAsJsonAsync("/api/interests", new { profileId = Guid.NewGuid(), message = "Halo" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await employer.PostAsJsonAsync("/api/interests", new { profileId, message = "Lagi" })).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await facility.Officer.PostAsJsonAsync($"/api/interests/{interestId}/review", new { approve = true, note = "Ya" })).StatusCode
            .Should().Be(HttpStatusCode.BadRequest, "an approval names the contact route");
        (await employer.PostAsJsonAsync($"/api/interests/{interestId}/outcome", new { outcome = "Promoted" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await employer.PostAsJsonAsync($"/api/interests/{interestId}/outcome", new { outcome = "Hired" })).StatusCode
            .Should().Be(HttpStatusCode.Conflict, "nobody is hired before the learner accepted");
    }

    private async Task<(Facility Facility, Learner Learner, HttpClient Employer, Guid InterestId)> SentInterestAsync()
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Dewi Lestari");
        var profileId = await learner.OptInAsync("Anyam-" + Guid.NewGuid().ToString("N")[..6]);
        var employer = await app.EmployerAsync();
        var interestId = await Json.IdAsync(await employer.PostAsJsonAsync("/api/interests", new { profileId, message = "Kami tertarik." }));
        return (facility, learner, employer, interestId);
    }

    internal static async Task<Guid> PostJobAsync(HttpClient employer) => await Json.IdAsync(await employer.PostAsJsonAsync("/api/jobs", new
    {
        title = "Penganyam purun",
        description = "Menganyam tikar purun dari rumah",
        skills = new[] { "Weaving" },
        unitCodes = new[] { "C.132000.022.01" },
        province = "Kalimantan Tengah",
        regency = "Kota Palangka Raya",
        workType = "HomeBased",
        openings = 2,
        closesOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30),
        noteToStaff = "Bahan disediakan.",
    }));
}
