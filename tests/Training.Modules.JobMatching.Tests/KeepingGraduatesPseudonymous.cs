using System.Net.Http.Json;
using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.Modules.JobMatching.Tests;

/// <summary>
/// Before the learner accepts, nothing an employer is answered names the learner, their learner
/// number or their facility: search, profile view, matches and the interest itself are scanned.
/// </summary>
public sealed class KeepingGraduatesPseudonymous(JobsApp app) : IClassFixture<JobsApp>
{
    [Fact]
    public async Task No_employer_facing_answer_holds_the_name_learner_number_or_facility_before_acceptance()
    {
        var facility = await Facility.CreateAsync(app, "Lapas Perempuan Kelas IIA Palangka Raya");
        var learner = await facility.LearnerAsync("Kartini Rahayu Ningsih");
        var profileId = await learner.OptInAsync("Rajut Mandiri");
        await app.IssueAsync(learner.Id, "Weaving", ["C.132000.022.01"], courseTitle: "Anyaman Purun");
        var photo = new ByteArrayContent(Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        photo.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        (await facility.Trainer.PostAsync($"/api/learners/{learner.Id}/portfolio-photos", new MultipartFormDataContent { { photo, "photo", "tikar.png" } }))
            .EnsureSuccessStatusCode();
        var employer = await app.EmployerAsync();
        await Eventually.Until(() => employer.SearchAsync("skill=Weaving"), p => p.Aliases().Contains("Rajut Mandiri"));
        var jobId = await MediatingInterest.PostJobAsync(employer);
        var interestId = await Json.IdAsync(await employer.PostAsJsonAsync("/api/interests", new { profileId, jobId, message = "Kami tertarik." }));

        var answers = new List<string>
        {
            await Body(employer, "/api/graduates?skill=Weaving"),
            await Body(employer, "/api/graduates?province=Kalimantan%20Tengah&regency=Kota%20Palangka%20Raya"),
            await Body(employer, $"/api/graduates/{profileId}"),
            await Body(employer, $"/api/jobs/{jobId}/matches"),
            await Body(employer, $"/api/interests/{interestId}"),
            await Body(employer, "/api/interests"),
        };
        (await facility.Officer.PostAsJsonAsync($"/api/interests/{interestId}/review", new { approve = true, note = "Silakan", contactRoute = "Telepon LPP" }))
            .EnsureSuccessStatusCode();
        answers.Add(await Body(employer, $"/api/interests/{interestId}"));

        answers.Should().Contain(a => a.Contains("Rajut Mandiri"), "the answers are about this graduate");
        answers[0].Should().Contain("photoIds").And.Contain("C.132000.022.01");
        string[] secrets = [learner.FullName, .. learner.FullName.Split(' '), learner.Number, facility.Name, facility.Code, learner.Id.ToString(), facility.Id.ToString()];
        foreach (var answer in answers)
        {
            foreach (var secret in secrets)
            {
                answer.Should().NotContainEquivalentOf(secret);
            }
        }

        (await learner.Client.PostAsJsonAsync($"/api/interests/{interestId}/respond", new { accept = true })).EnsureSuccessStatusCode();
        (await Body(employer, $"/api/interests/{interestId}")).Should().Contain(learner.FullName, "acceptance shares the name");
    }

    private static async Task<string> Body(HttpClient employer, string path)
    {
        var response = await employer.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
