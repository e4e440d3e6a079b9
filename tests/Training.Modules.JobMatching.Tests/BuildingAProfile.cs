using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace Training.Modules.JobMatching.Tests;

public sealed class BuildingAProfile(JobsApp app) : IClassFixture<JobsApp>
{
    [Fact]
    public async Task A_learner_opts_in_with_consent_and_sees_the_profile_with_its_consent_recorded()
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Siti Aminah");

        var saved = await learner.Client.PutAsJsonAsync("/api/me/graduate-profile", Learner.Profile("Tangan Terampil", Json.Month(2), regency: "6271"));
        var mine = await learner.Client.GetAsync("/api/me/graduate-profile").OkAsync();

        saved.StatusCode.Should().Be(HttpStatusCode.OK);
        mine.GetProperty("alias").GetString().Should().Be("Tangan Terampil");
        mine.GetProperty("province").GetString().Should().Be("Kalimantan Tengah");
        mine.GetProperty("regency").GetString().Should().Be("Kota Palangka Raya", "a BPS code names the regency too");
        mine.GetProperty("availableFrom").GetString().Should().Be(Json.Month(2));
        mine.GetProperty("consentVersion").GetString().Should().NotBeNullOrEmpty();
        mine.GetProperty("consentedAt").GetDateTimeOffset().Should().BeCloseTo(app.Clock.GetUtcNow(), TimeSpan.FromMinutes(1));
    }

    [Theory]
    [InlineData("kalimantan tengah", "kota palangka raya")]
    [InlineData("KALIMANTAN TENGAH", "Kabupaten Kapuas")]
    [InlineData("62", "62.03")]
    [InlineData("DKI Jakarta", "Kota Jakarta Selatan")]
    [InlineData("Papua Pegunungan", null)]
    public async Task Regions_are_matched_ignoring_case_or_by_their_BPS_codes(string province, string? regency)
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Dewi Lestari");

        var saved = await learner.Client.PutAsJsonAsync("/api/me/graduate-profile", Learner.Profile("Anyam-" + Guid.NewGuid().ToString("N")[..6], province: province, regency: regency));

        saved.StatusCode.Should().Be(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
    }

    public static TheoryData<string, object> BadProfiles => new()
    {
        { "province", Learner.Profile("Perajut Handal", province: "Kalimantan Tenggara") },
        { "regency", Learner.Profile("Perajut Handal", regency: "Kota Bandung") },
        { "availableFrom", Learner.Profile("Perajut Handal", availableFrom: Json.Month(-1)) },
        { "availableFrom", Learner.Profile("Perajut Handal", availableFrom: "2027-13") },
        { "availableFrom", Learner.Profile("Perajut Handal", availableFrom: "2027-06-01") },
        { "workTypes[0]", Learner.Profile("Perajut Handal", workTypes: ["Freelance"]) },
        { "workTypes[0]", Learner.Profile("Perajut Handal", workTypes: ["1"]) },
        { "workTypes", Learner.Profile("Perajut Handal", workTypes: []) },
        { "alias", Learner.Profile("R1") },
        { "alias", Learner.Profile("<script>") },
        { "statement", Learner.Profile("Perajut Handal", statement: new string('a', 501)) },
        { "consent", Learner.Profile("Perajut Handal", consent: false) },
    };

    [Theory]
    [MemberData(nameof(BadProfiles))]
    public async Task Bad_input_is_refused_with_field_errors_and_stores_nothing(string field, object profile)
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Rina Marlina");

        var refused = await learner.Client.PutAsJsonAsync("/api/me/graduate-profile", profile);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest, await refused.Content.ReadAsStringAsync());
        refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(field);
        (await learner.Client.GetAsync("/api/me/graduate-profile")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_missing_consent_or_a_body_that_is_not_a_profile_is_a_400()
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Nur Aisyah");

        var noConsent = await learner.Client.PutAsJsonAsync("/api/me/graduate-profile", new { alias = "Penganyam", province = "Kalimantan Tengah", availableFrom = Json.Month(0), workTypes = new[] { "HomeBased" } });
        var notJson = await learner.Client.PutAsync("/api/me/graduate-profile", new StringContent("{", System.Text.Encoding.UTF8, "application/json"));

        noConsent.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        notJson.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_alias_is_unique_ignoring_case_and_punctuation()
    {
        var facility = await Facility.CreateAsync(app);
        var first = await facility.LearnerAsync("Yuliana Sari");
        var second = await facility.LearnerAsync("Ani Wulandari");
        await first.OptInAsync("Purun Bersinar");

        var taken = await second.Client.PutAsJsonAsync("/api/me/graduate-profile", Learner.Profile("purun-bersinar"));

        taken.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await taken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("graduate.alias-taken");
        (await first.Client.PutAsJsonAsync("/api/me/graduate-profile", Learner.Profile("Purun Bersinar", Json.Month(1)))).StatusCode
            .Should().Be(HttpStatusCode.OK, "the owner keeps the alias when changing the profile");
    }

    [Fact]
    public async Task Withdrawing_consent_hides_the_profile_and_a_second_withdrawal_changes_nothing()
    {
        var facility = await Facility.CreateAsync(app);
        var learner = await facility.LearnerAsync("Maya Kusuma");
        await learner.OptInAsync("Rajutan Kahayan");

        (await learner.Client.DeleteAsync("/api/me/graduate-profile")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await learner.Client.DeleteAsync("/api/me/graduate-profile")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await learner.Client.GetAsync("/api/me/graduate-profile")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await learner.Client.PutAsJsonAsync("/api/me/graduate-profile", Learner.Profile("Rajutan Kahayan"))).StatusCode
            .Should().Be(HttpStatusCode.OK, "opting in again gives consent anew");
    }
}
