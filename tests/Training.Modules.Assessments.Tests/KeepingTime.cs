using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace Training.Modules.Assessments.Tests;

public sealed class KeepingTime(MovableClockApp app) : IClassFixture<MovableClockApp>
{
    [Fact]
    public async Task Answers_after_the_deadline_are_refused_and_a_late_submit_is_graded_on_what_was_saved_in_time()
    {
        var site = await AssessmentSite.CreateAsync(app);
        var (enrollmentId, learner) = await site.LearnerAsync();
        var attempt = await (await learner.PostAsync($"/api/enrollments/{enrollmentId}/attempts", null)).Content.ReadFromJsonAsync<JsonElement>();
        var attemptId = attempt.GetProperty("attemptId").GetGuid();
        var right = JsonSerializer.SerializeToElement(AssessmentSite.RightAnswers(attempt)).GetProperty("answers").EnumerateArray().ToList();
        (await learner.PutAsJsonAsync($"/api/attempts/{attemptId}/answers", new { answers = right.Take(2) })).EnsureSuccessStatusCode();

        app.Clock.MoveAhead(TimeSpan.FromMinutes(31));
        var late = await learner.PutAsJsonAsync($"/api/attempts/{attemptId}/answers", new { answers = right.Skip(2) });
        var submitted = await learner.PostAsync($"/api/attempts/{attemptId}/submit", null);

        late.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("assessment.attempt-closed");
        (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("scorePercent").GetDecimal().Should().Be(50);
    }

    [Fact]
    public async Task An_open_attempt_is_handed_back_rather_than_a_second_one_started()
    {
        var site = await AssessmentSite.CreateAsync(app);
        var (enrollmentId, learner) = await site.LearnerAsync();

        var first = await (await learner.PostAsync($"/api/enrollments/{enrollmentId}/attempts", null)).Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await learner.PostAsync($"/api/enrollments/{enrollmentId}/attempts", null)).Content.ReadFromJsonAsync<JsonElement>();

        again.GetProperty("attemptId").GetGuid().Should().Be(first.GetProperty("attemptId").GetGuid());
        again.GetProperty("deadline").GetDateTimeOffset().Should().Be(first.GetProperty("deadline").GetDateTimeOffset());
    }
}
