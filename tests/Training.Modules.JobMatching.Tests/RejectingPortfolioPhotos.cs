using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Xunit;

namespace Training.Modules.JobMatching.Tests;

public sealed class RejectingPortfolioPhotos(JobsApp app) : IClassFixture<JobsApp>
{
    [Fact]
    public async Task A_trainer_rejects_a_photo_with_a_reason_and_the_learner_reads_it_on_her_profile()
    {
        var facility = await Facility.CreateAsync(app);
        var other = await Facility.CreateAsync(app, "Fasilitas Lain");
        var learner = await facility.LearnerAsync("Wulan Sari");
        await learner.OptInAsync("Tikar Indah");
        var photoId = await Json.IdAsync(await learner.Client.PostAsync("/api/me/graduate-profile/photos", PostingJobsAndPortfolios.Photo()));
        var reject = $"/api/portfolio-photos/{photoId}/reject";
        const string reason = "Wajah teman terlihat di pojok kanan; potret ulang tanpa orang.";

        (await facility.Trainer.PostAsJsonAsync(reject, new { reason = "  " })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await facility.Trainer.PostAsJsonAsync(reject, new { reason = new string('a', 301) })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await other.Trainer.PostAsJsonAsync(reject, new { reason })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await facility.Trainer.PostAsJsonAsync(reject, new { reason })).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await facility.Trainer.GetAsync("/api/portfolio-photos/pending").OkAsync()).EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).Should().NotContain(photoId);
        var mine = await learner.Client.GetAsync("/api/me/graduate-profile").OkAsync();
        mine.GetProperty("photosAwaitingApproval").EnumerateArray().Should().BeEmpty();
        var rejected = mine.GetProperty("rejectedPhotos").EnumerateArray().Single();
        rejected.GetProperty("id").GetGuid().Should().Be(photoId);
        rejected.GetProperty("reason").GetString().Should().Be(reason);
        (await (await learner.Client.GetAsync("/profile")).Content.ReadAsStringAsync()).Should().Contain(WebUtility.HtmlEncode($"Alasan: {reason}"));
    }
}
