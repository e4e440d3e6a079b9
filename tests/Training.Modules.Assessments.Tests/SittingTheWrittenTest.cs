using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Marten;
using Training.Modules.Assessments.Contracts;
using Training.Testing;
using Xunit;

namespace Training.Modules.Assessments.Tests;

public sealed class SittingTheWrittenTest(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task A_learner_who_answers_well_passes_every_unit_and_the_course_once()
    {
        var site = await AssessmentSite.CreateAsync(app);
        var (enrollmentId, learner) = await site.LearnerAsync();

        var attempt = await StartAsync(learner, enrollmentId);
        (await learner.PutAsJsonAsync($"/api/attempts/{attempt.GetProperty("attemptId").GetGuid()}/answers", AssessmentSite.RightAnswers(attempt)))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);
        var result = await SubmitAsync(learner, attempt);

        result.GetProperty("passed").GetBoolean().Should().BeTrue();
        result.GetProperty("scorePercent").GetDecimal().Should().Be(100);
        result.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("outcome").GetString()).Should().AllBe("Competent");
        (await PassesPublishedAsync(enrollmentId)).Should().Be(1);
    }

    [Fact]
    public async Task The_learner_reviews_their_attempts_and_the_trainer_sees_how_often_each_question_was_right()
    {
        var site = await AssessmentSite.CreateAsync(app);
        var (enrollmentId, learner) = await site.LearnerAsync();
        var attempt = await StartAsync(learner, enrollmentId);
        var right = JsonSerializer.SerializeToElement(AssessmentSite.RightAnswers(attempt)).GetProperty("answers").EnumerateArray().ToList();
        (await learner.PutAsJsonAsync($"/api/attempts/{attempt.GetProperty("attemptId").GetGuid()}/answers", new { answers = right.Take(3) })).EnsureSuccessStatusCode();
        await SubmitAsync(learner, attempt);

        var mine = await learner.GetFromJsonAsync<JsonElement>($"/api/enrollments/{enrollmentId}/attempts");
        var statistics = await site.Trainer.GetFromJsonAsync<JsonElement>($"/api/courses/{site.CourseId}/assessment/statistics");

        mine[0].GetProperty("scorePercent").GetDecimal().Should().Be(75);
        statistics.EnumerateArray().Select(q => q.GetProperty("asked").GetInt32()).Should().AllBeEquivalentTo(1);
        statistics.EnumerateArray().Sum(q => q.GetProperty("correct").GetInt32()).Should().Be(3);
    }

    [Fact]
    public async Task Saving_the_plan_again_during_a_sitting_leaves_the_sitting_intact()
    {
        var site = await AssessmentSite.CreateAsync(app);
        var (enrollmentId, learner) = await site.LearnerAsync();
        var attempt = await StartAsync(learner, enrollmentId);

        (await site.Trainer.PutAsJsonAsync($"/api/courses/{site.CourseId}/assessment", AssessmentSite.Plan(AssessmentSite.Questions(), 2, false))).EnsureSuccessStatusCode();
        (await learner.PutAsJsonAsync($"/api/attempts/{attempt.GetProperty("attemptId").GetGuid()}/answers", AssessmentSite.RightAnswers(attempt)))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await SubmitAsync(learner, attempt)).GetProperty("scorePercent").GetDecimal().Should().Be(100);
    }

    [Fact]
    public async Task Twenty_submits_at_once_grade_once_and_publish_the_pass_at_most_once()
    {
        var site = await AssessmentSite.CreateAsync(app);
        var (enrollmentId, learner) = await site.LearnerAsync();
        var attempt = await StartAsync(learner, enrollmentId);
        var attemptId = attempt.GetProperty("attemptId").GetGuid();
        (await learner.PutAsJsonAsync($"/api/attempts/{attemptId}/answers", AssessmentSite.RightAnswers(attempt))).EnsureSuccessStatusCode();

        var submits = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => learner.PostAsync($"/api/attempts/{attemptId}/submit", null)));

        submits.Should().OnlyContain(s => s.StatusCode == HttpStatusCode.OK);
        var scores = await Task.WhenAll(submits.Select(async s => (await s.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("scorePercent").GetDecimal()));
        scores.Should().AllBeEquivalentTo(100m);
        await using var session = app.Store.QuerySession();
        (await session.Events.QueryAllRawEvents().Where(e => e.StreamId == attemptId && e.EventTypeName == "attempt_graded").CountAsync()).Should().Be(1);
        (await PassesPublishedAsync(enrollmentId)).Should().Be(1);
    }

    [Fact]
    public async Task The_answer_key_never_reaches_the_learner()
    {
        var site = await AssessmentSite.CreateAsync(app);
        var (enrollmentId, learner) = await site.LearnerAsync();

        var start = await learner.PostAsync($"/api/enrollments/{enrollmentId}/attempts", null);
        var attempt = await start.Content.ReadFromJsonAsync<JsonElement>();
        var submit = await learner.PostAsync($"/api/attempts/{attempt.GetProperty("attemptId").GetGuid()}/submit", null);
        var result = await learner.GetAsync($"/api/enrollments/{enrollmentId}/result");

        foreach (var json in new[] { await start.Content.ReadAsStringAsync(), await submit.Content.ReadAsStringAsync(), await result.Content.ReadAsStringAsync() })
        {
            Names(JsonDocument.Parse(json).RootElement).Should().NotContain(n => n.Contains("correct", StringComparison.OrdinalIgnoreCase) || n == "tolerance");
        }
    }

    [Fact]
    public async Task A_learner_below_the_minimum_attendance_is_told_so()
    {
        var site = await AssessmentSite.CreateAsync(app);
        var (enrollmentId, learner) = await site.LearnerAsync(attended: false);

        var refused = await learner.PostAsync($"/api/enrollments/{enrollmentId}/attempts", null);

        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("assessment.attendance-too-low");
    }

    [Fact]
    public async Task After_the_last_allowed_attempt_no_other_starts()
    {
        var site = await AssessmentSite.CreateAsync(app, maxAttempts: 1);
        var (enrollmentId, learner) = await site.LearnerAsync();
        await SubmitAsync(learner, await StartAsync(learner, enrollmentId));

        var refused = await learner.PostAsync($"/api/enrollments/{enrollmentId}/attempts", null);

        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("assessment.no-attempts-left");
    }

    [Fact]
    public async Task Nobody_else_may_start_or_read_a_learners_attempt()
    {
        var site = await AssessmentSite.CreateAsync(app);
        var (enrollmentId, learner) = await site.LearnerAsync();
        var (_, classmate) = await site.LearnerAsync();
        var attempt = await StartAsync(learner, enrollmentId);

        (await classmate.PostAsync($"/api/enrollments/{enrollmentId}/attempts", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await classmate.PostAsync($"/api/attempts/{attempt.GetProperty("attemptId").GetGuid()}/submit", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await classmate.GetAsync($"/api/enrollments/{enrollmentId}/result")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static async Task<JsonElement> StartAsync(HttpClient learner, Guid enrollmentId)
    {
        var started = await learner.PostAsync($"/api/enrollments/{enrollmentId}/attempts", null);
        started.StatusCode.Should().Be(HttpStatusCode.Created, await started.Content.ReadAsStringAsync());
        return await started.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> SubmitAsync(HttpClient learner, JsonElement attempt)
    {
        var submitted = await learner.PostAsync($"/api/attempts/{attempt.GetProperty("attemptId").GetGuid()}/submit", null);
        submitted.StatusCode.Should().Be(HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        return await submitted.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<int> PassesPublishedAsync(Guid enrollmentId)
    {
        await using var session = app.Store.QuerySession();
        var passes = await session.Events.QueryRawEventDataOnly<CoursePassedIntegrationEvent>().ToListAsync();
        return passes.Count(p => p.EnrollmentId == enrollmentId);
    }

    private static IEnumerable<string> Names(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Names(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Names),
        _ => [],
    };
}
