using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace Training.Modules.JobMatching.Tests;

/// <summary>An employer's program that retries a posting after a lost answer must not post the job twice.</summary>
public sealed class PostingJobsIdempotently(JobsApp app) : IClassFixture<JobsApp>
{
    [Fact]
    public async Task The_same_key_twice_posts_one_job_and_answers_the_same()
    {
        var employer = await app.EmployerAsync();
        var key = NewKey();

        var first = await employer.SendAsync(Posting(key, "Penganyam purun"));
        var again = await employer.SendAsync(Posting(key, "Penganyam purun"));

        first.StatusCode.Should().Be(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        again.StatusCode.Should().Be(HttpStatusCode.Created);
        again.Headers.Location.Should().Be(first.Headers.Location);
        (await again.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        (await employer.GetAsync("/api/jobs").OkAsync()).GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task The_same_key_with_another_posting_is_refused_with_422_and_posts_nothing_more()
    {
        var employer = await app.EmployerAsync();
        var key = NewKey();
        (await employer.SendAsync(Posting(key, "Penganyam purun"))).StatusCode.Should().Be(HttpStatusCode.Created);

        var other = await employer.SendAsync(Posting(key, "Penjahit tas"));

        other.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("request.idempotency-key-reused");
        (await employer.GetAsync("/api/jobs").OkAsync()).GetArrayLength().Should().Be(1);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("has spaces in it")]
    [InlineData("semi;colon-key")]
    public async Task A_malformed_key_is_refused_with_400_and_posts_nothing(string key)
    {
        var employer = await app.EmployerAsync();

        var refused = await employer.SendAsync(Posting(key, "Penganyam purun"));

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("request.idempotency-key-invalid");
        (await employer.GetAsync("/api/jobs").OkAsync()).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Requests_racing_with_one_key_send_one_interest_and_all_get_its_answer()
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Siti Aminah");
        var profileId = await learner.OptInAsync("Tangan Cekatan");
        var employer = await app.EmployerAsync();
        var key = NewKey();

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => employer.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/interests")
        {
            Headers = { { "Idempotency-Key", key } },
            Content = JsonContent.Create(new { profileId, message = "Kami ingin menawarkan kerja anyaman." }),
        })));

        answers.Select(a => a.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.Created);
        answers.Select(a => a.Headers.Location).Distinct().Should().ContainSingle();
        (await employer.GetAsync("/api/interests").OkAsync()).GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task A_key_belongs_to_its_caller_so_another_employer_using_it_posts_her_own_job()
    {
        var first = await app.EmployerAsync();
        var second = await app.EmployerAsync(organization: "Koperasi Purun Jaya");
        var key = NewKey();

        var mine = await first.SendAsync(Posting(key, "Penganyam purun"));
        var hers = await second.SendAsync(Posting(key, "Penganyam purun"));

        hers.StatusCode.Should().Be(HttpStatusCode.Created);
        hers.Headers.Location.Should().NotBe(mine.Headers.Location);
        (await second.GetAsync("/api/jobs").OkAsync()).GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task The_api_description_names_the_header_on_creating_operations_only()
    {
        var description = await app.Client().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        HeaderNames(description, "/api/jobs", "post").Should().Contain("Idempotency-Key");
        HeaderNames(description, "/api/jobs/{id}/close", "post").Should().NotContain("Idempotency-Key");
    }

    private static HttpRequestMessage Posting(string key, string title) => new(HttpMethod.Post, "/api/jobs")
    {
        Headers = { { "Idempotency-Key", key } },
        Content = JsonContent.Create(new
        {
            title,
            description = "Menganyam tikar purun dari rumah",
            skills = new[] { "Weaving" },
            province = "Kalimantan Tengah",
            workType = "HomeBased",
            openings = 2,
            closesOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30),
        }),
    };

    private static string NewKey() => "retry-" + Guid.NewGuid().ToString("N");

    private static IReadOnlyList<string> HeaderNames(JsonElement description, string path, string method) =>
        description.GetProperty("paths").GetProperty(path).GetProperty(method).TryGetProperty("parameters", out var parameters)
            ? [.. parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "header").Select(p => p.GetProperty("name").GetString()!)]
            : [];
}
