using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Training.BuildingBlocks.Security;
using Training.Testing;
using Xunit;

namespace Training.Host.Tests.Web;

/// <summary>Text with control characters, omitted optional fields and unreadable bodies get a 400 that names the field, never a 500 or a .NET type.</summary>
public sealed class AnsweringBadInputPlainly(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task A_NUL_in_the_learner_search_text_is_refused_naming_the_field()
    {
        var facility = await app.FacilityAsync();
        var (_, officer) = await app.StaffAsync(Roles.FacilityOfficer, facility);

        var problem = await RefusedAsync(await officer.GetAsync("/api/learners?q=Siti%00"));

        problem.GetProperty("code").GetString().Should().Be("text.control-characters");
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("q");
    }

    [Fact]
    public async Task A_NUL_in_the_catalog_search_text_is_refused()
    {
        var problem = await RefusedAsync(await app.Client().GetAsync("/api/courses?q=anyaman%00purun"));

        problem.GetProperty("code").GetString().Should().Be("text.control-characters");
    }

    [Fact]
    public async Task A_NUL_in_a_learner_name_is_refused_and_nobody_is_registered()
    {
        var facility = await app.FacilityAsync();
        var (_, officer) = await app.StaffAsync(Roles.FacilityOfficer, facility);

        var problem = await RefusedAsync(await officer.PostAsJsonAsync("/api/learners",
            new { facilityId = facility, learnerNumber = "WB-NUL-1", fullName = "Siti\u0000Aminah", pin = "482915" }));

        problem.GetProperty("code").GetString().Should().Be("text.control-characters");
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("fullName");
        (await officer.GetStringAsync("/api/learners?q=WB-NUL-1")).Should().Be("[]");
    }

    [Fact]
    public async Task A_NUL_in_a_name_in_an_imported_file_refuses_that_row_only()
    {
        var code = "F-" + Guid.NewGuid().ToString("N")[..8];
        var facility = await app.FacilityAsync(code);
        var (_, officer) = await app.StaffAsync(Roles.FacilityOfficer, facility);

        var response = await officer.PostAsync("/api/learners/import",
            new StringContent("learnerNumber,fullName,pin\nWB-CSV-1,Siti\u0000Aminah,482915\nWB-CSV-2,Dewi Lestari,135790\n", Encoding.UTF8, "text/csv"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        report.GetProperty("accepted").GetInt32().Should().Be(1);
        report.GetProperty("rows")[0].GetProperty("problems")[0].GetProperty("code").GetString().Should().Be("text.control-characters");
    }

    [Fact]
    public async Task Other_control_characters_are_refused_but_tabs_and_line_breaks_are_text()
    {
        var (_, trainer) = await app.StaffAsync(Roles.Trainer, await app.FacilityAsync());

        var bell = await trainer.PostAsJsonAsync("/api/courses/preview", new { body = "Langkah\u0007 satu" });
        var lines = await trainer.PostAsJsonAsync("/api/courses/preview", new { body = "Langkah satu\r\n\tLangkah dua" });

        (await RefusedAsync(bell)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("body");
        lines.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_control_character_deep_in_a_body_is_named_by_its_path()
    {
        var (_, trainer) = await app.StaffAsync(Roles.Trainer, await app.FacilityAsync());

        var problem = await RefusedAsync(await trainer.PostAsJsonAsync("/api/courses", new
        {
            title = "Anyaman Purun", summary = "Tikar dan tas", category = "Weaving", expectedHours = 12, minimumAttendancePercent = 80,
            competencyUnits = new[] { new { code = "U-1", title = "Menganyam", performanceCriteria = new[] { "Rapi", "Rapat\u001B" } } },
            lessons = new[] { new { title = "Mengenal purun", body = "Purun tumbuh di rawa." } },
        }));

        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("competencyUnits[0].performanceCriteria");
    }

    [Fact]
    public async Task A_page_asked_with_a_control_character_shows_the_bad_request_page()
    {
        var refused = await app.Client().GetAsync("/courses?q=anyaman%00purun");
        var plain = await app.Client().GetAsync("/courses?q=anyaman%20purun");

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        refused.Content.Headers.ContentType?.MediaType.Should().Be("text/html", "pages show their error page, not problem details");
        plain.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_graduate_profile_without_work_types_is_refused_naming_the_field()
    {
        var code = "F-" + Guid.NewGuid().ToString("N")[..8];
        var facility = await app.FacilityAsync(code);
        var (_, officer) = await app.StaffAsync(Roles.FacilityOfficer, facility);
        var (_, learner) = await app.LearnerAsync(officer, facility, code);

        var problem = await RefusedAsync(await learner.PutAsJsonAsync("/api/me/graduate-profile",
            new { alias = "Pengrajin Purun", province = "Kalimantan Tengah", availableFrom = $"{DateTime.UtcNow.Year + 1}-01", consent = true }));

        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("workTypes");
    }

    [Fact]
    public async Task Verifying_an_employer_with_an_empty_body_leaves_the_optional_note_out()
    {
        var username = "mitra-" + Guid.NewGuid().ToString("N")[..8];
        var registered = await app.Client().PostAsJsonAsync("/api/employers/registrations", new
        {
            organizationName = "CV Anyaman Borneo", contactName = "Ibu Maria", email = $"{username}@umkm.example", phone = "+62 811 5200 123",
            username, password = People.Password, nib = "9120001234567", address = "Jl. Tjilik Riwut Km 5, Palangka Raya",
        });
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var verified = await (await app.AdminAsync()).PostAsync($"/api/employers/{id}/verify", new StringContent("{}", Encoding.UTF8, "application/json"));

        verified.StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Theory]
    [InlineData("{\"code\":\"F-1\",\"name\":\"Lapas\",\"timeZone\":42}", "timeZone")]
    [InlineData("{\"code\":\"F-1\",\"name\":null,\"timeZone\":\"Asia/Jakarta\"}", "name")]
    [InlineData("{\"code\":\"F-1\",\"timeZone\":\"Asia/Jakarta\"}", "name")]
    [InlineData("{\"code\":\"F-1\",\"name\":\"Lapas\",\"timeZone\":\"Asia/Jakarta\"", "$")]
    public async Task A_malformed_body_is_refused_naming_the_field_and_no_dotnet_type(string body, string field)
    {
        var response = await (await app.AdminAsync()).PostAsync("/api/facilities", new StringContent(body, Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        text.Should().NotContainAny("System.", "Training.", "String", "deserialization for type");
        JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(field);
    }

    [Fact]
    public async Task A_query_value_that_does_not_parse_is_refused_without_naming_its_type()
    {
        var unbound = await app.Client().GetAsync("/api/courses?page=many");

        unbound.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var text = await unbound.Content.ReadAsStringAsync();
        text.Should().NotContainAny("Int32", "System.", "\"int page\"");
        JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Equal("page");
    }

    [Fact]
    public async Task A_route_holding_the_empty_id_is_not_found()
    {
        var response = await (await app.AdminAsync()).PostAsync($"/api/staff/{Guid.Empty}/disable", null);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static async Task<JsonElement> RefusedAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
