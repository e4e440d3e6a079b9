using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Training.Modules.JobMatching.Jobs;
using Training.Modules.JobMatching.Scheduling;
using Training.Testing;
using Xunit;

namespace Training.Modules.JobMatching.Tests;

public sealed class PostingJobsAndPortfolios(JobsApp app) : IClassFixture<JobsApp>
{
    private const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    public static TheoryData<string, string> BadPostings => new()
    {
        { "title", """{"title":"","description":"d","skills":["Weaving"],"province":"62","workType":"HomeBased","openings":1,"closesOn":"2099-01-01"}""" },
        { "skills[0]", """{"title":"t","description":"d","skills":["Pottery"],"province":"62","workType":"HomeBased","openings":1,"closesOn":"2099-01-01"}""" },
        { "skills", """{"title":"t","description":"d","skills":[],"province":"62","workType":"HomeBased","openings":1,"closesOn":"2099-01-01"}""" },
        { "province", """{"title":"t","description":"d","skills":["Weaving"],"province":"Borneo","workType":"HomeBased","openings":1,"closesOn":"2099-01-01"}""" },
        { "workType", """{"title":"t","description":"d","skills":["Weaving"],"province":"62","workType":"Gig","openings":1,"closesOn":"2099-01-01"}""" },
        { "openings", """{"title":"t","description":"d","skills":["Weaving"],"province":"62","workType":"HomeBased","openings":0,"closesOn":"2099-01-01"}""" },
        { "closesOn", """{"title":"t","description":"d","skills":["Weaving"],"province":"62","workType":"HomeBased","openings":1,"closesOn":"2020-01-01"}""" },
    };

    [Theory]
    [MemberData(nameof(BadPostings))]
    public async Task A_bad_posting_is_a_400_with_the_field_named_and_nothing_is_posted(string field, string body)
    {
        var employer = await app.EmployerAsync();

        var refused = await employer.PostAsync("/api/jobs", new StringContent(body.Replace("2099-01-01", DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"), StringComparison.Ordinal),
            System.Text.Encoding.UTF8, "application/json"));

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest, await refused.Content.ReadAsStringAsync());
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(field);
        (await employer.GetAsync("/api/jobs").OkAsync()).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_posting_closes_once_its_closing_date_has_passed_and_is_hidden_from_other_employers()
    {
        var employer = await app.EmployerAsync();
        var jobId = await MediatingInterest.PostJobAsync(employer);

        var stillOpen = await app.InScopeAsync(sp => ((MediatR.IMediator)sp.GetService(typeof(MediatR.IMediator))!).Send(new CloseDuePostings()));
        app.Clock.MoveAhead(TimeSpan.FromDays(32));
        try
        {
            await app.InScopeAsync(async sp =>
            {
                await ActivatorUtilities.CreateInstance<ClosePostingsJob>(sp).RunAsync(CancellationToken.None);
                return true;
            });
        }
        finally
        {
            app.Clock.MoveAhead(TimeSpan.FromDays(-32));
        }

        stillOpen.Should().Be(0);
        (await employer.GetAsync($"/api/jobs/{jobId}").OkAsync()).GetProperty("open").GetBoolean().Should().BeFalse();
        (await (await app.EmployerAsync()).GetAsync($"/api/jobs/{jobId}/matches")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_certificate_issued_after_posting_brings_the_graduate_into_the_matches()
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Rini Anggraini");
        var profileId = await learner.OptInAsync("Purun Harapan");
        var employer = await app.EmployerAsync();
        var jobId = await MediatingInterest.PostJobAsync(employer);
        (await employer.GetAsync($"/api/jobs/{jobId}/matches").OkAsync()).GetProperty("items").GetArrayLength().Should().Be(0);

        var certificate = await app.IssueAsync(learner.Id, "Weaving", ["C.132000.022.01"]);

        var matched = await Eventually.Until(() => employer.GetAsync($"/api/jobs/{jobId}/matches").OkAsync(), m => m.GetProperty("items").GetArrayLength() == 1);
        matched.GetProperty("items")[0].GetProperty("profileId").GetGuid().Should().Be(profileId);
        await app.RevokeAsync(certificate, learner.Id);
        (await Eventually.Until(() => employer.GetAsync($"/api/jobs/{jobId}/matches").OkAsync(), m => m.GetProperty("items").GetArrayLength() == 0))
            .GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_learners_photo_shows_to_employers_only_once_a_trainer_of_the_facility_approved_it()
    {
        var facility = await Facility.CreateAsync(app);
        var other = await Facility.CreateAsync(app, "Lapas Lain");
        var learner = await facility.LearnerAsync("Wulan Sari");
        var profileId = await learner.OptInAsync("Tikar Indah");
        var employer = await app.EmployerAsync();

        var photoId = await Json.IdAsync(await learner.Client.PostAsync("/api/me/graduate-profile/photos", Photo()));
        (await employer.GetAsync($"/api/graduates/{profileId}").OkAsync()).GetProperty("photoIds").GetArrayLength().Should().Be(0);
        (await employer.GetAsync($"/api/portfolio-photos/{photoId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await facility.Trainer.GetAsync("/api/portfolio-photos/pending").OkAsync()).EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).Should().Contain(photoId);
        (await other.Trainer.PostAsync($"/api/portfolio-photos/{photoId}/approve", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await learner.Client.PostAsync($"/api/portfolio-photos/{photoId}/approve", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        (await facility.Trainer.PostAsync($"/api/portfolio-photos/{photoId}/approve", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await employer.GetAsync($"/api/graduates/{profileId}").OkAsync()).GetProperty("photoIds").EnumerateArray().Select(p => p.GetGuid()).Should().Equal(photoId);
        var image = await employer.GetAsync($"/api/portfolio-photos/{photoId}");
        image.StatusCode.Should().Be(HttpStatusCode.OK);
        image.Content.Headers.ContentType!.MediaType.Should().Be("image/png", "the picture is transparent");
        (await learner.Client.PostAsync("/api/me/graduate-profile/photos", new MultipartFormDataContent { { new StringContent("not a picture"), "photo", "x.png" } }))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await learner.Client.DeleteAsync($"/api/portfolio-photos/{photoId}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await employer.GetAsync($"/api/graduates/{profileId}").OkAsync()).GetProperty("photoIds").GetArrayLength().Should().Be(0);
        (await employer.GetAsync($"/api/portfolio-photos/{photoId}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "a removed photo is gone, though the host read it a moment ago");
    }

    [Fact]
    public async Task Consent_given_again_after_withdrawal_shows_earlier_photos_as_waiting_for_approval_and_not_to_employers()
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Sri Wahyuni");
        var profileId = await learner.OptInAsync("Purun Lestari");
        var employer = await app.EmployerAsync();
        var photoId = await Json.IdAsync(await learner.Client.PostAsync("/api/me/graduate-profile/photos", Photo()));
        (await facility.Trainer.PostAsync($"/api/portfolio-photos/{photoId}/approve", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await employer.GetAsync($"/api/portfolio-photos/{photoId}")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await learner.Client.DeleteAsync("/api/me/graduate-profile")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await learner.OptInAsync("Purun Lestari");

        var mine = await learner.Client.GetAsync("/api/me/graduate-profile").OkAsync();
        mine.GetProperty("photoIds").GetArrayLength().Should().Be(0);
        mine.GetProperty("photosAwaitingApproval").EnumerateArray().Select(p => p.GetGuid()).Should().Equal(photoId);
        (await employer.GetAsync($"/api/graduates/{profileId}").OkAsync()).GetProperty("photoIds").GetArrayLength().Should().Be(0);
        (await employer.GetAsync($"/api/portfolio-photos/{photoId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await facility.Trainer.GetAsync("/api/portfolio-photos/pending").OkAsync()).EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).Should().Contain(photoId);

        (await facility.Trainer.PostAsync($"/api/portfolio-photos/{photoId}/approve", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await employer.GetAsync($"/api/portfolio-photos/{photoId}")).StatusCode.Should().Be(HttpStatusCode.OK, "approved again, it shows again");
    }

    [Fact]
    public async Task The_closing_expiry_and_nightly_matching_jobs_are_scheduled_with_Hangfire()
    {
        var storage = app.Services.GetRequiredService<JobStorage>();

        using var connection = storage.GetConnection();
        var scheduled = await Eventually.Until(() => Task.FromResult(connection.GetRecurringJobs()), jobs => jobs.Count >= 3);

        scheduled.Select(j => j.Job.Type.Name).Should().Contain(["ClosePostingsJob", "ExpireInterestsJob", "RefreshMatchesJob"]);
        var refreshed = await app.InScopeAsync(async sp =>
        {
            await ActivatorUtilities.CreateInstance<RefreshMatchesJob>(sp).RunAsync(CancellationToken.None);
            await ActivatorUtilities.CreateInstance<ExpireInterestsJob>(sp).RunAsync(CancellationToken.None);
            return true;
        });
        refreshed.Should().BeTrue();
    }

    internal static MultipartFormDataContent Photo()
    {
        var png = new ByteArrayContent(Convert.FromBase64String(Png));
        png.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { png, "photo", "tikar.png" } };
    }
}
