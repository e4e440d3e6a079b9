using System.Net;
using System.Security.Claims;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.Assessments.Results;
using Training.Testing;
using Xunit;

namespace Training.Modules.Assessments.Tests;

public sealed class AssessingPracticalWork(BekalApp app) : IClassFixture<BekalApp>
{
    private static object Checklist(bool lastMet) => new
    {
        units = new object[]
        {
            new { code = "C.131000.001.01", criteria = new[] { new { index = 0, met = true, note = (string?)"Rata" }, new { index = 1, met = true, note = (string?)null } } },
            new { code = "C.131000.002.01", criteria = new[] { new { index = 0, met = true, note = (string?)null }, new { index = 1, met = lastMet, note = (string?)"Masih ada noda" } } },
        },
    };

    [Fact]
    public async Task A_unit_with_an_unmet_criterion_is_not_yet_competent_and_the_course_is_not_passed()
    {
        var site = await AssessmentSite.CreateAsync(app, practical: true);
        var (enrollmentId, learner) = await site.LearnerAsync();
        await PassWrittenAsync(learner, enrollmentId);

        var result = await (await site.Assessor.PostAsJsonAsync($"/api/enrollments/{enrollmentId}/practical", Checklist(lastMet: false)))
            .Content.ReadFromJsonAsync<JsonElement>();

        result.GetProperty("passed").GetBoolean().Should().BeFalse();
        result.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("outcome").GetString()).Should().Equal("Competent", "NotYetCompetent");
    }

    [Fact]
    public async Task Written_and_practical_both_competent_pass_the_course()
    {
        var site = await AssessmentSite.CreateAsync(app, practical: true);
        var (enrollmentId, learner) = await site.LearnerAsync();
        await PassWrittenAsync(learner, enrollmentId);

        var recorded = await site.Assessor.PostAsJsonAsync($"/api/enrollments/{enrollmentId}/practical", Checklist(lastMet: true));

        recorded.StatusCode.Should().Be(HttpStatusCode.OK);
        (await learner.GetFromJsonAsync<JsonElement>($"/api/enrollments/{enrollmentId}/result")).GetProperty("passed").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task An_assessor_of_another_facility_is_told_the_enrolment_does_not_exist()
    {
        var site = await AssessmentSite.CreateAsync(app, practical: true);
        var (enrollmentId, _) = await site.LearnerAsync();
        var (_, stranger) = await app.StaffAsync(Roles.Assessor, await app.FacilityAsync());

        (await stranger.PostAsJsonAsync($"/api/enrollments/{enrollmentId}/practical", Checklist(lastMet: true))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Whoever_trained_the_course_may_not_assess_it()
    {
        var site = await AssessmentSite.CreateAsync(app, practical: true);
        var (enrollmentId, _) = await site.LearnerAsync();
        await using var scope = app.Services.CreateAsyncScope();
        // The course's author acting as an assessor of the same facility: one person in two roles.
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            RequestServices = scope.ServiceProvider,
            User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(BekalClaims.UserId, site.TrainerId.ToString()), new Claim(BekalClaims.Role, Roles.Assessor), new Claim(BekalClaims.FacilityId, site.FacilityId.ToString())],
                "test", BekalClaims.Name, BekalClaims.Role)),
        };
        var checklist = new RecordPractical([new RecordPractical.UnitInput("C.131000.001.01", [new RecordPractical.CriterionInput(0, true), new RecordPractical.CriterionInput(1, true)])])
        {
            EnrollmentId = enrollmentId,
        };

        var assessing = () => scope.ServiceProvider.GetRequiredService<IMediator>().Send(checklist);

        (await assessing.Should().ThrowAsync<RuleBroken>()).Which.Code.Should().Be("assessment.practical.own-course");
    }

    [Fact]
    public async Task A_checklist_that_skips_a_criterion_is_refused()
    {
        var site = await AssessmentSite.CreateAsync(app, practical: true);
        var (enrollmentId, _) = await site.LearnerAsync();

        var refused = await site.Assessor.PostAsJsonAsync($"/api/enrollments/{enrollmentId}/practical",
            new { units = new[] { new { code = "C.131000.001.01", criteria = new[] { new { index = 0, met = true } } } } });

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("assessment.practical.criteria-incomplete");
    }

    private static async Task PassWrittenAsync(HttpClient learner, Guid enrollmentId)
    {
        var attempt = await (await learner.PostAsync($"/api/enrollments/{enrollmentId}/attempts", null)).Content.ReadFromJsonAsync<JsonElement>();
        var attemptId = attempt.GetProperty("attemptId").GetGuid();
        (await learner.PutAsJsonAsync($"/api/attempts/{attemptId}/answers", AssessmentSite.RightAnswers(attempt))).EnsureSuccessStatusCode();
        var written = await (await learner.PostAsync($"/api/attempts/{attemptId}/submit", null)).Content.ReadFromJsonAsync<JsonElement>();
        written.GetProperty("passed").GetBoolean().Should().BeFalse("the practical part is still to come");
    }
}
