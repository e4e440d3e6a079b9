using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.Modules.Assessments.Tests;

public sealed class QueueingForThePractical(BekalApp app) : IClassFixture<BekalApp>
{
    private static object Checklist(bool allMet, string? note = null) => new
    {
        units = new object[]
        {
            new { code = "C.131000.001.01", criteria = new[] { new { index = 0, met = true, note = (string?)null }, new { index = 1, met = true, note = (string?)null } } },
            new { code = "C.131000.002.01", criteria = new[] { new { index = 0, met = true, note = (string?)null }, new { index = 1, met = allMet, note } } },
        },
    };

    [Fact]
    public async Task The_assessor_queue_lists_exactly_the_learners_of_her_facility_who_passed_the_written_part_and_wait_for_a_practical()
    {
        var site = await AssessmentSite.CreateAsync(app, practical: true);
        var (waiting, first) = await site.LearnerAsync();
        await SitAsync(first, waiting, right: true);
        var (notSat, _) = await site.LearnerAsync();
        var (failed, third) = await site.LearnerAsync();
        await SitAsync(third, failed, right: false);
        var (passed, fourth) = await site.LearnerAsync();
        await SitAsync(fourth, passed, right: true);
        (await site.Assessor.PostAsJsonAsync($"/api/enrollments/{passed}/practical", Checklist(allMet: true))).EnsureSuccessStatusCode();
        var (again, fifth) = await site.LearnerAsync();
        await SitAsync(fifth, again, right: true);
        (await site.Assessor.PostAsJsonAsync($"/api/enrollments/{again}/practical", Checklist(allMet: false))).EnsureSuccessStatusCode();
        var elsewhere = await AssessmentSite.CreateAsync(app, practical: true);
        var (stranger, sixth) = await elsewhere.LearnerAsync();
        await SitAsync(sixth, stranger, right: true);

        var queue = await site.Assessor.GetFromJsonAsync<JsonElement>("/api/assessments/practical/queue");

        var cohort = queue.EnumerateArray().Should().ContainSingle().Which;
        cohort.GetProperty("cohortId").GetGuid().Should().Be(site.CohortId);
        var learners = cohort.GetProperty("learners").EnumerateArray().ToList();
        learners.Select(l => l.GetProperty("enrollmentId").GetGuid()).Should().Equal([waiting, again], "oldest first; not {0}, {1}, {2} or {3}", notSat, failed, passed, stranger);
        learners.Select(l => l.GetProperty("assessedBefore").GetBoolean()).Should().Equal(false, true);
        (await elsewhere.Assessor.GetFromJsonAsync<JsonElement>("/api/assessments/practical/queue")).EnumerateArray()
            .SelectMany(c => c.GetProperty("learners").EnumerateArray()).Select(l => l.GetProperty("enrollmentId").GetGuid()).Should().Equal(stranger);
    }

    [Fact]
    public async Task The_result_page_says_the_practical_is_awaited_and_after_a_failed_one_shows_the_assessors_note()
    {
        var site = await AssessmentSite.CreateAsync(app, practical: true);
        var (enrollmentId, learner) = await site.LearnerAsync();
        await SitAsync(learner, enrollmentId, right: true);

        var waiting = await learner.GetStringAsync($"/assessments/{enrollmentId}/result");
        waiting.Should().Contain("Menunggu uji praktik").And.NotContain("UTC");

        (await site.Assessor.PostAsJsonAsync($"/api/enrollments/{enrollmentId}/practical", Checklist(allMet: false, note: "Masih ada noda di sudut"))).EnsureSuccessStatusCode();

        var assessed = await learner.GetStringAsync($"/assessments/{enrollmentId}/result");
        assessed.Should().Contain("Belum semua kriteria terpenuhi").And.Contain("<strong>Produk bersih</strong>: Masih ada noda di sudut");
    }

    private static async Task SitAsync(HttpClient learner, Guid enrollmentId, bool right)
    {
        var attempt = await (await learner.PostAsync($"/api/enrollments/{enrollmentId}/attempts", null)).Content.ReadFromJsonAsync<JsonElement>();
        var attemptId = attempt.GetProperty("attemptId").GetGuid();
        if (right)
        {
            (await learner.PutAsJsonAsync($"/api/attempts/{attemptId}/answers", AssessmentSite.RightAnswers(attempt))).EnsureSuccessStatusCode();
        }

        (await learner.PostAsync($"/api/attempts/{attemptId}/submit", null)).EnsureSuccessStatusCode();
    }
}
