using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.Modules.Assessments.Tests;

public sealed class KeepingTheLearnerRecord(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task The_officer_sees_her_cohort_attendance_result_and_certificate_on_one_page()
    {
        var site = await AssessmentSite.CreateAsync(app);
        var (enrollmentId, learner, learnerId) = await site.EnrolledLearnerAsync();
        var attempt = await (await learner.PostAsync($"/api/enrollments/{enrollmentId}/attempts", null)).Content.ReadFromJsonAsync<JsonElement>();
        var attemptId = attempt.GetProperty("attemptId").GetGuid();
        (await learner.PutAsJsonAsync($"/api/attempts/{attemptId}/answers", AssessmentSite.RightAnswers(attempt))).EnsureSuccessStatusCode();
        (await learner.PostAsync($"/api/attempts/{attemptId}/submit", null)).EnsureSuccessStatusCode();
        var certificate = (await Eventually.Until(
            async () => (await learner.GetFromJsonAsync<JsonElement[]>("/api/me/certificates"))!, l => l.Length == 1))[0];

        var page = await site.Officer.GetStringAsync($"/learners/{learnerId}");

        page.Should().Contain("Merajut Tas").And.Contain("Berjalan")
            .And.Contain("Hadir 1 dari 2 sesi").And.Contain("0 dari 1 selesai")
            .And.Contain("C.131000.001.01 Merajut dasar").And.Contain("2 dari 2 benar").And.Contain("Kompeten")
            .And.Contain(certificate.GetProperty("number").GetString()!).And.Contain("Berlaku")
            .And.Contain("Belum ada minat dari pemberi kerja.")
            .And.NotContain("UTC");
    }

    [Fact]
    public async Task An_officer_of_another_facility_is_told_the_record_does_not_exist()
    {
        var site = await AssessmentSite.CreateAsync(app);
        var elsewhere = await AssessmentSite.CreateAsync(app);
        var (_, _, learnerId) = await site.EnrolledLearnerAsync();

        var page = await elsewhere.Officer.GetAsync($"/learners/{learnerId}");

        page.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_cohort_page_shows_each_learners_progress_and_test_state()
    {
        var site = await AssessmentSite.CreateAsync(app, practical: true);
        var (enrollmentId, learner, _) = await site.EnrolledLearnerAsync();
        await site.EnrolledLearnerAsync(attended: false);
        var attempt = await (await learner.PostAsync($"/api/enrollments/{enrollmentId}/attempts", null)).Content.ReadFromJsonAsync<JsonElement>();
        var attemptId = attempt.GetProperty("attemptId").GetGuid();
        (await learner.PutAsJsonAsync($"/api/attempts/{attemptId}/answers", AssessmentSite.RightAnswers(attempt))).EnsureSuccessStatusCode();
        (await learner.PostAsync($"/api/attempts/{attemptId}/submit", null)).EnsureSuccessStatusCode();

        var page = await site.Officer.GetStringAsync($"/cohorts/{site.CohortId}");

        page.Should().Contain("Hadir 1 dari 2 sesi").And.Contain("Hadir 0 dari 2 sesi").And.Contain("0 dari 1 selesai")
            .And.Contain("Lulus ujian tertulis, menunggu uji praktik").And.Contain("Belum mulai");
    }
}
