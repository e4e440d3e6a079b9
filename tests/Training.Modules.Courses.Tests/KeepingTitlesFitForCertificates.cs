using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Training.BuildingBlocks.Security;
using Training.Testing;
using Xunit;

namespace Training.Modules.Courses.Tests;

/// <summary>Course and unit titles are printed on certificates: none may say where the holder trained.</summary>
public sealed class KeepingTitlesFitForCertificates(BekalApp app) : IClassFixture<BekalApp>
{
    private const string FacilityName = "Griya Kriya Sungai";

    private static object Course(string title = "Anyaman Purun", string unitTitle = "Menganyam dasar") => new
    {
        title,
        summary = "Menganyam tikar dan tas dari purun",
        category = "Weaving",
        expectedHours = 32,
        minimumAttendancePercent = 80,
        certificateValidityMonths = 36,
        competencyUnits = new[] { new { code = "C.131000.002.01", title = unitTitle, performanceCriteria = new[] { "Anyaman rapat" } } },
        lessons = new[] { new { title = "Pelajaran 1", body = "Siapkan purun kering." } },
    };

    [Theory]
    [InlineData("Menjahit di Lapas", "Menjahit dasar")]
    [InlineData("Prison Tailoring", "Menjahit dasar")]
    [InlineData("Kriya Warga Binaan", "Menjahit dasar")]
    [InlineData("Menjahit Busana", "Menjahit untuk narapidana")]
    [InlineData("Menjahit Busana", "Menjahit ala Griya Kriya Sungai")]
    [InlineData("Menjahit Busana Griya  kriya SUNGAI", "Menjahit dasar")]
    public async Task A_title_or_unit_title_naming_custody_or_a_facility_is_refused_and_nothing_is_drafted(string title, string unitTitle)
    {
        var (trainer, _) = await TrainerAsync();

        var response = await trainer.PostAsJsonAsync("/api/courses", Course(title, unitTitle));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await CodeAsync(response)).Should().Be("text.names-custody");
        (await trainer.GetStringAsync("/trainer/courses")).Should().NotContain("Menjahit", "nothing was drafted");
    }

    [Fact]
    public async Task A_unit_title_holding_the_facility_code_is_refused()
    {
        var (trainer, code) = await TrainerAsync();

        var response = await trainer.PostAsJsonAsync("/api/courses", Course(unitTitle: $"Menganyam ({code})"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await CodeAsync(response)).Should().Be("text.names-custody");
    }

    [Fact]
    public async Task Editing_a_draft_to_name_custody_is_refused_and_the_draft_keeps_its_title()
    {
        var (trainer, _) = await TrainerAsync();
        var created = await trainer.PostAsJsonAsync("/api/courses", Course());
        created.StatusCode.Should().Be(HttpStatusCode.Created, "neighbouring words like purun and anyaman are fine");
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var response = await trainer.PutAsJsonAsync($"/api/courses/{id}", Course(title: "Anyaman Purun Rutan"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await CodeAsync(response)).Should().Be("text.names-custody");
        (await trainer.GetFromJsonAsync<JsonElement>($"/api/courses/{id}")).GetProperty("draft").GetProperty("title").GetString().Should().Be("Anyaman Purun");
    }

    private async Task<(HttpClient Trainer, string FacilityCode)> TrainerAsync()
    {
        var code = "GKS-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var admin = await app.AdminAsync();
        var facility = await admin.PostAsJsonAsync("/api/facilities", new { code, name = FacilityName, timeZone = "Asia/Jakarta" });
        facility.EnsureSuccessStatusCode();
        var (_, trainer) = await app.StaffAsync(Roles.Trainer, (await facility.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        return (trainer, code);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("code", out var code) ? code.GetString() : null;
}
