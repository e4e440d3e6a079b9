using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace Training.Modules.JobMatching.Tests;

/// <summary>
/// Employers read the alias and the statement before the learner accepts anything: neither may name her,
/// her number, a facility or custody.
/// </summary>
public sealed class KeepingProfileTextsFree(JobsApp app) : IClassFixture<JobsApp>
{
    public static TheoryData<string, string> Planted => new()
    {
        { "Rina Rajut", "Saya menganyam purun dengan rapi." },
        { "marlina.purun", "Saya menganyam purun dengan rapi." },
        { "MÂRLÎNÃ 99", "Saya menganyam purun dengan rapi." },
        { "Perajut Handal", "Nama saya Rina, saya suka merajut." },
        { "Perajut Handal", "Nomor saya {number}." },
        { "Anyam {number}", "Saya menganyam purun dengan rapi." },
        { "Perajut Lapas", "Saya menganyam purun dengan rapi." },
        { "Perajut Handal", "Belajar menganyam selama di penjara." },
        { "Perajut Handal", "Lulusan pelatihan warga binaan." },
        { "Perajut Handal", "Former inmate, skilled weaver." },
        { "Perajut Handal", "Alumni Griya Kriya Sungai." },
        { "Perajut {code}", "Saya menganyam purun dengan rapi." },
    };

    [Theory]
    [MemberData(nameof(Planted))]
    public async Task An_alias_or_statement_holding_her_name_number_a_facility_or_custody_is_refused_and_nothing_is_stored(string alias, string statement)
    {
        var facility = await Facility.CreateAsync(app, "Griya Kriya Sungai");
        var learner = await facility.LearnerAsync("Rina Marlina");
        string Planted(string text) => text.Replace("{number}", learner.Number).Replace("{code}", facility.Code);

        var refused = await learner.Client.PutAsJsonAsync("/api/me/graduate-profile", Learner.Profile(Planted(alias), statement: Planted(statement)));

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest, await refused.Content.ReadAsStringAsync());
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().Should().Be("text.names-custody");
        (await learner.Client.GetAsync("/api/me/graduate-profile")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Words_that_only_resemble_her_name_or_custody_are_fine()
    {
        var facility = await Facility.CreateAsync(app, "Griya Kriya Sungai");
        var learner = await facility.LearnerAsync("Ana Nur");

        var saved = await learner.Client.PutAsJsonAsync("/api/me/graduate-profile",
            Learner.Profile("Purun Bersinar", statement: "Ibu dua anak, ketahanan kerja tinggi, supplier kain di Sungai Kahayan."));

        saved.StatusCode.Should().Be(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
    }
}
