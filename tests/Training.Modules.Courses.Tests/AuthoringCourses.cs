using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using Training.BuildingBlocks.Security;
using Training.Testing;
using Xunit;

namespace Training.Modules.Courses.Tests;

public sealed class AuthoringCourses(BekalApp app) : IClassFixture<BekalApp>
{
    private static object Course(string title = "Anyaman Purun", string summary = "Menganyam tikar dan tas dari purun", int lessons = 2) => new
    {
        title,
        summary,
        category = "Weaving",
        expectedHours = 32,
        minimumAttendancePercent = 80,
        certificateValidityMonths = 36,
        competencyUnits = new[] { new { code = "C.131000.002.01", title = "Menganyam dasar", performanceCriteria = new[] { "Anyaman rapat", "Tepi rapi" } } },
        lessons = Enumerable.Range(1, lessons).Select(i => new { title = $"Pelajaran {i}", body = "Siapkan purun kering." }).ToArray(),
    };

    [Fact]
    public async Task A_trainer_drafts_and_publishes_a_course_that_then_appears_in_the_catalog()
    {
        var (_, trainer) = await app.StaffAsync(Roles.Trainer, await app.FacilityAsync());
        var id = await DraftAsync(trainer, Course(title: "Anyaman Purun Lanjutan"));

        var publish = await trainer.PostAsync($"/api/courses/{id}/publish", null);
        publish.StatusCode.Should().Be(HttpStatusCode.OK);
        (await publish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32().Should().Be(1);

        var catalog = await app.Client().GetFromJsonAsync<JsonElement>("/api/courses?q=purun&category=Weaving");
        catalog.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Should().Contain(id);
    }

    [Fact]
    public async Task A_draft_is_invisible_to_everyone_but_its_author()
    {
        var facility = await app.FacilityAsync();
        var (_, author) = await app.StaffAsync(Roles.Trainer, facility);
        var (_, colleague) = await app.StaffAsync(Roles.Trainer, facility);
        var id = await DraftAsync(author, Course());

        (await author.GetAsync($"/api/courses/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await colleague.GetAsync($"/api/courses/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await app.Client().GetAsync($"/api/courses/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await colleague.PutAsJsonAsync($"/api/courses/{id}", Course())).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Anonymous_visitors_see_only_title_summary_and_hours()
    {
        var (_, trainer) = await app.StaffAsync(Roles.Trainer, await app.FacilityAsync());
        var id = await DraftAsync(trainer, Course());
        (await trainer.PostAsync($"/api/courses/{id}/publish", null)).EnsureSuccessStatusCode();

        var seen = await app.Client().GetFromJsonAsync<JsonElement>($"/api/courses/{id}");

        seen.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => p.Name)
            .Should().BeEquivalentTo("id", "title", "summary", "expectedHours");
    }

    [Fact]
    public async Task Two_trainers_saving_the_same_revision_at_once_get_one_success_and_one_conflict()
    {
        var (_, trainer) = await app.StaffAsync(Roles.Trainer, await app.FacilityAsync());
        var id = await DraftAsync(trainer, Course());
        var revision = (await trainer.GetFromJsonAsync<JsonElement>($"/api/courses/{id}")).GetProperty("revision").GetInt64();

        var saves = await Task.WhenAll(
            trainer.PutAsJsonAsync($"/api/courses/{id}", WithExpected(Course(title: "Versi A"), revision)),
            trainer.PutAsJsonAsync($"/api/courses/{id}", WithExpected(Course(title: "Versi B"), revision)));

        saves.Select(s => s.StatusCode).Should().BeEquivalentTo([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        var winner = saves[0].StatusCode == HttpStatusCode.OK ? "Versi A" : "Versi B";
        var draft = (await trainer.GetFromJsonAsync<JsonElement>($"/api/courses/{id}")).GetProperty("draft");
        draft.GetProperty("title").GetString().Should().Be(winner);
    }

    [Fact]
    public async Task Editing_a_published_course_leaves_the_published_version_as_it_was()
    {
        var (_, trainer) = await app.StaffAsync(Roles.Trainer, await app.FacilityAsync());
        var id = await DraftAsync(trainer, Course(title: "Batik Tulis"));
        (await trainer.PostAsync($"/api/courses/{id}/publish", null)).EnsureSuccessStatusCode();

        (await trainer.PutAsJsonAsync($"/api/courses/{id}", Course(title: "Batik Tulis Edisi Baru"))).EnsureSuccessStatusCode();

        var learnerView = await app.Client().GetFromJsonAsync<JsonElement>($"/api/courses/{id}");
        learnerView.GetProperty("title").GetString().Should().Be("Batik Tulis");
        var authorView = await trainer.GetFromJsonAsync<JsonElement>($"/api/courses/{id}");
        authorView.GetProperty("draft").GetProperty("title").GetString().Should().Be("Batik Tulis Edisi Baru");
        authorView.GetProperty("version").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task A_competency_unit_code_must_follow_the_skkni_format()
    {
        var (_, trainer) = await app.StaffAsync(Roles.Trainer, await app.FacilityAsync());
        var course = JsonSerializer.SerializeToNode(Course())!;
        course["competencyUnits"]![0]!["code"] = "C-131000-002";

        var response = await trainer.PostAsJsonAsync("/api/courses", course);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("competencyUnits[0].Code");
    }

    [Fact]
    public async Task Only_trainers_draft_courses()
    {
        var (_, officer) = await app.StaffAsync(Roles.FacilityOfficer, await app.FacilityAsync());

        (await officer.PostAsJsonAsync("/api/courses", Course())).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await app.Client().PostAsJsonAsync("/api/courses", Course())).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private static async Task<Guid> DraftAsync(HttpClient trainer, object course)
    {
        var response = await trainer.PostAsJsonAsync("/api/courses", course);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static JsonNode WithExpected(object course, long revision)
    {
        var node = JsonSerializer.SerializeToNode(course)!;
        node["expectedVersion"] = revision;
        return node;
    }
}
