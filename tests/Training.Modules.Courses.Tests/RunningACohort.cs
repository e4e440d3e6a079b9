using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Training.BuildingBlocks.Security;
using Training.Testing;
using Xunit;

namespace Training.Modules.Courses.Tests;

public sealed class RunningACohort(BekalApp app) : IClassFixture<BekalApp>
{
    private static readonly DateOnly Start = new(2026, 12, 7);

    [Fact]
    public async Task An_enrolled_learner_sees_attendance_and_progress_as_lessons_are_done()
    {
        var site = await SiteAsync();
        var (learnerId, learner) = await app.LearnerAsync(site.Officer, site.FacilityId, site.Code);
        var cohortId = await OpenCohortAsync(site, capacity: 5);
        (await site.Officer.PostAsJsonAsync($"/api/cohorts/{cohortId}/enrollments", new { learnerId })).StatusCode.Should().Be(HttpStatusCode.Created);

        (await site.Trainer.PostAsJsonAsync($"/api/cohorts/{cohortId}/attendance",
            new { session = Start, records = new[] { new { learnerId, status = "Present" } } })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var mine = (await learner.GetFromJsonAsync<JsonElement>("/api/me/enrollments"))[0];
        var enrollmentId = mine.GetProperty("enrollmentId").GetGuid();
        var lessonId = mine.GetProperty("lessons")[0].GetProperty("lessonId").GetGuid();
        (await learner.PostAsync($"/api/enrollments/{enrollmentId}/lessons/{lessonId}/complete", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        mine = (await learner.GetFromJsonAsync<JsonElement>("/api/me/enrollments"))[0];
        mine.GetProperty("attendancePercent").GetInt32().Should().Be(100);
        mine.GetProperty("lessonsDone").GetInt32().Should().Be(1);
        mine.GetProperty("lessons")[0].GetProperty("done").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task A_learner_asks_for_a_place_and_is_enrolled_when_the_officer_approves()
    {
        var site = await SiteAsync();
        var (learnerId, learner) = await app.LearnerAsync(site.Officer, site.FacilityId, site.Code);
        var cohortId = await OpenCohortAsync(site, capacity: 5);

        var open = await learner.GetFromJsonAsync<JsonElement>($"/api/courses/{site.CourseId}/cohorts");
        open.EnumerateArray().Select(c => c.GetProperty("cohortId").GetGuid()).Should().Equal(cohortId);
        (await learner.PostAsync($"/api/cohorts/{cohortId}/requests", null)).StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await site.Officer.PostAsJsonAsync($"/api/cohorts/{cohortId}/requests/{learnerId}/decision", new { approve = true }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);

        var after = (await learner.GetFromJsonAsync<JsonElement>($"/api/courses/{site.CourseId}/cohorts"))[0];
        after.GetProperty("enrolled").GetBoolean().Should().BeTrue();
        (await learner.GetFromJsonAsync<JsonElement>("/api/me/enrollments")).GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task A_learner_sees_her_requests_for_a_place_with_the_officers_answers_on_her_learning_page()
    {
        var site = await SiteAsync();
        var (learnerId, learner) = await app.LearnerAsync(site.Officer, site.FacilityId, site.Code);
        var declinedCohort = await OpenCohortAsync(site, capacity: 5);
        var waitingCohort = await OpenCohortAsync(site, capacity: 5);
        (await learner.PostAsync($"/api/cohorts/{declinedCohort}/requests", null)).EnsureSuccessStatusCode();
        (await learner.PostAsync($"/api/cohorts/{waitingCohort}/requests", null)).EnsureSuccessStatusCode();
        (await site.Officer.PostAsJsonAsync($"/api/cohorts/{declinedCohort}/requests/{learnerId}/decision", new { approve = false, note = "Kelas penuh bulan ini" }))
            .EnsureSuccessStatusCode();

        var requests = await learner.GetFromJsonAsync<JsonElement>("/api/me/place-requests");
        requests.EnumerateArray().Select(r => (r.GetProperty("cohortId").GetGuid(), r.GetProperty("answer").GetString()))
            .Should().BeEquivalentTo([(declinedCohort, "Declined"), (waitingCohort, "Waiting")]);
        var page = await learner.GetStringAsync("/learning");
        page.Should().Contain("Ditolak").And.Contain("Catatan petugas: Kelas penuh bulan ini").And.Contain("Menunggu keputusan petugas");
    }

    [Fact]
    public async Task A_full_cohort_and_a_second_seat_are_refused_with_conflicts()
    {
        var site = await SiteAsync();
        var (first, _) = await app.LearnerAsync(site.Officer, site.FacilityId, site.Code);
        var (second, _) = await app.LearnerAsync(site.Officer, site.FacilityId, site.Code);
        var cohortId = await OpenCohortAsync(site, capacity: 1);

        (await site.Officer.PostAsJsonAsync($"/api/cohorts/{cohortId}/enrollments", new { learnerId = first })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await site.Officer.PostAsJsonAsync($"/api/cohorts/{cohortId}/enrollments", new { learnerId = first })).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await site.Officer.PostAsJsonAsync($"/api/cohorts/{cohortId}/enrollments", new { learnerId = second })).StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Enrolling_many_at_once_seats_learners_in_order_until_full_and_says_why_for_the_rest()
    {
        var site = await SiteAsync();
        var other = await SiteAsync();
        var (a, _) = await app.LearnerAsync(site.Officer, site.FacilityId, site.Code);
        var (b, _) = await app.LearnerAsync(site.Officer, site.FacilityId, site.Code);
        var (c, _) = await app.LearnerAsync(site.Officer, site.FacilityId, site.Code);
        var (stranger, _) = await app.LearnerAsync(other.Officer, other.FacilityId, other.Code);
        var cohortId = await OpenCohortAsync(site, capacity: 2);

        var response = await site.Officer.PostAsJsonAsync($"/api/cohorts/{cohortId}/enrollments/bulk", new { learnerIds = new[] { a, stranger, b, c } });

        var outcomes = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()
            .ToDictionary(o => o.GetProperty("learnerId").GetGuid(), o => o.GetProperty("refusal").GetString());
        outcomes.Should().Equal(new Dictionary<Guid, string?> { [a] = null, [stranger] = "learner.not-found", [b] = null, [c] = "cohort.enroll.full" });
        (await site.Officer.GetFromJsonAsync<JsonElement>($"/api/cohorts/{cohortId}")).GetProperty("takenSeats").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task Staff_of_another_facility_are_told_the_cohort_and_its_learners_do_not_exist()
    {
        var site = await SiteAsync();
        var other = await SiteAsync();
        var (learnerId, _) = await app.LearnerAsync(site.Officer, site.FacilityId, site.Code);
        var cohortId = await OpenCohortAsync(site, capacity: 5);

        (await other.Officer.GetAsync($"/api/cohorts/{cohortId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.Officer.PostAsJsonAsync($"/api/cohorts/{cohortId}/enrollments", new { learnerId })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.Trainer.PostAsJsonAsync($"/api/cohorts/{cohortId}/attendance",
            new { session = Start, records = new[] { new { learnerId, status = "Present" } } })).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var otherCohort = await OpenCohortAsync(other, capacity: 5);
        (await other.Officer.PostAsJsonAsync($"/api/cohorts/{otherCohort}/enrollments", new { learnerId })).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_transferred_learner_is_withdrawn_from_the_old_facilitys_cohorts_by_itself()
    {
        var site = await SiteAsync();
        var other = await SiteAsync();
        var (learnerId, _) = await app.LearnerAsync(site.Officer, site.FacilityId, site.Code);
        var cohortId = await OpenCohortAsync(site, capacity: 5);
        (await site.Officer.PostAsJsonAsync($"/api/cohorts/{cohortId}/enrollments", new { learnerId })).EnsureSuccessStatusCode();

        (await site.Officer.PostAsJsonAsync($"/api/learners/{learnerId}/transfer", new { toFacilityId = other.FacilityId })).EnsureSuccessStatusCode();

        var seat = await Eventually.Until(
            async () => (await site.Officer.GetFromJsonAsync<JsonElement>($"/api/cohorts/{cohortId}")).GetProperty("seats")[0],
            s => !s.GetProperty("active").GetBoolean());
        seat.GetProperty("active").GetBoolean().Should().BeFalse();
        seat.GetProperty("withdrawalReason").GetString().Should().Be("Transferred");
    }

    private sealed record Site(Guid FacilityId, string Code, HttpClient Officer, Guid TrainerId, HttpClient Trainer, Guid CourseId);

    private async Task<Site> SiteAsync()
    {
        var code = "F-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var facilityId = await app.FacilityAsync(code);
        var (_, officer) = await app.StaffAsync(Roles.FacilityOfficer, facilityId);
        var (trainerId, trainer) = await app.StaffAsync(Roles.Trainer, facilityId);
        var created = await trainer.PostAsJsonAsync("/api/courses", new
        {
            title = "Merajut Dompet",
            summary = "Merajut dompet kecil",
            category = "Knitting",
            expectedHours = 12,
            minimumAttendancePercent = 75,
            certificateValidityMonths = (int?)null,
            competencyUnits = new[] { new { code = (string?)null, title = "Merajut dasar", performanceCriteria = new[] { "Tusukan rata" } } },
            lessons = new[] { new { title = "Tusuk rantai", body = "Buat **20** tusuk rantai." }, new { title = "Tusuk tunggal", body = "Lanjutkan." } },
        });
        var courseId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await trainer.PostAsync($"/api/courses/{courseId}/publish", null)).EnsureSuccessStatusCode();
        return new Site(facilityId, code, officer, trainerId, trainer, courseId);
    }

    private static async Task<Guid> OpenCohortAsync(Site site, int capacity)
    {
        var response = await site.Officer.PostAsJsonAsync("/api/cohorts", new
        {
            courseId = site.CourseId,
            facilityId = site.FacilityId,
            trainerId = site.TrainerId,
            startsOn = Start,
            endsOn = Start.AddDays(14),
            capacity,
            sessions = new[] { Start, Start.AddDays(7), Start.AddDays(14) },
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
