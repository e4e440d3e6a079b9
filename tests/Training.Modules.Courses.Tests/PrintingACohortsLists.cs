using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Training.BuildingBlocks.Security;
using Training.Testing;
using UglyToad.PdfPig;
using Xunit;

namespace Training.Modules.Courses.Tests;

public sealed class PrintingACohortsLists(BekalApp app) : IClassFixture<BekalApp>
{
    private static readonly DateOnly Start = new(2026, 12, 7);
    private static readonly string[] CustodyWords = ["lapas", "penjara", "narapidana"];

    [Fact]
    public async Task The_attendance_recap_names_every_learner_every_session_and_the_rates()
    {
        var site = await SiteAsync();
        var siti = await LearnerAsync(site, "Siti Aminah");
        var rina = await LearnerAsync(site, "Rina Wati");
        var cohortId = await OpenCohortAsync(site, [Start, Start.AddDays(7), Start.AddDays(14)]);
        await EnrollAsync(site, cohortId, siti.Id);
        await EnrollAsync(site, cohortId, rina.Id);
        (await site.Trainer.PostAsJsonAsync($"/api/cohorts/{cohortId}/attendance", new
        {
            session = Start,
            records = new[] { new { learnerId = siti.Id, status = "Present" }, new { learnerId = rina.Id, status = "Absent" } },
        })).EnsureSuccessStatusCode();

        var (bytes, text) = await PrintAsync(site.Officer, $"/api/cohorts/{cohortId}/attendance.pdf");

        Encoding.ASCII.GetString(bytes, 0, 5).Should().Be("%PDF-");
        text.Should().Contain("Rekap Kehadiran").And.Contain("Merajut Dompet").And.Contain(site.FacilityName)
            .And.Contain("Siti Aminah").And.Contain(siti.Number).And.Contain("Rina Wati").And.Contain(rina.Number)
            .And.Contain("7 Des").And.Contain("14 Des").And.Contain("21 Des").And.Contain("7 Desember 2026 sampai 21 Desember 2026")
            .And.Contain("100%").And.Contain("0%").And.Contain("50%", "half the learners came to the first session");
        text.ToLowerInvariant().Should().NotContainAny(CustodyWords);
    }

    [Fact]
    public async Task A_cohort_with_many_sessions_is_printed_in_parts_that_each_repeat_the_names()
    {
        var site = await SiteAsync();
        var siti = await LearnerAsync(site, "Siti Aminah");
        var sessions = Enumerable.Range(0, 15).Select(week => Start.AddDays(7 * week)).ToArray();
        var cohortId = await OpenCohortAsync(site, sessions);
        await EnrollAsync(site, cohortId, siti.Id);

        using var pdf = PdfDocument.Open(await site.Officer.GetByteArrayAsync($"/api/cohorts/{cohortId}/attendance.pdf"));

        var pages = pdf.GetPages().Select(p => p.Text).ToList();
        pages.Should().HaveCount(2);
        pages[0].Should().Contain("Sesi 1–12 dari 15").And.Contain("Siti Aminah").And.Contain("22 Feb").And.NotContain("8 Mar");
        pages[1].Should().Contain("Sesi 13–15 dari 15").And.Contain("Siti Aminah").And.Contain("8 Mar").And.NotContain("22 Feb").And.Contain("Halaman 2 dari 2");
    }

    [Fact]
    public async Task The_completion_list_says_how_far_each_learner_got_and_who_left_and_why()
    {
        var site = await SiteAsync();
        var siti = await LearnerAsync(site, "Siti Aminah");
        var rina = await LearnerAsync(site, "Rina Wati");
        var cohortId = await OpenCohortAsync(site, [Start, Start.AddDays(7), Start.AddDays(14)]);
        await EnrollAsync(site, cohortId, siti.Id);
        var rinasSeat = await EnrollAsync(site, cohortId, rina.Id);
        (await site.Trainer.PostAsJsonAsync($"/api/cohorts/{cohortId}/attendance",
            new { session = Start, records = new[] { new { learnerId = siti.Id, status = "Present" } } })).EnsureSuccessStatusCode();
        var enrollment = (await siti.Client.GetFromJsonAsync<JsonElement>("/api/me/enrollments"))[0];
        var lessonId = enrollment.GetProperty("lessons")[0].GetProperty("lessonId").GetGuid();
        (await siti.Client.PostAsync($"/api/enrollments/{enrollment.GetProperty("enrollmentId").GetGuid()}/lessons/{lessonId}/complete", null)).EnsureSuccessStatusCode();
        (await site.Officer.PostAsJsonAsync($"/api/cohorts/{cohortId}/enrollments/{rinasSeat}/withdraw", new { reason = "Transferred" })).EnsureSuccessStatusCode();

        var (bytes, text) = await PrintAsync(site.Officer, $"/api/cohorts/{cohortId}/completion.pdf");

        Encoding.ASCII.GetString(bytes, 0, 5).Should().Be("%PDF-");
        text.Should().Contain("Daftar Penyelesaian Pelatihan").And.Contain(site.FacilityName)
            .And.Contain("Siti Aminah").And.Contain(siti.Number).And.Contain("100% (1/3)").And.Contain("1/2").And.Contain("Aktif")
            .And.Contain("Rina Wati").And.Contain("Keluar: pindah fasilitas").And.Contain("Belum terbit");
        text.ToLowerInvariant().Should().NotContainAny(CustodyWords);

        (await site.Officer.PostAsync($"/api/cohorts/{cohortId}/complete", null)).EnsureSuccessStatusCode();
        (await PrintAsync(site.Officer, $"/api/cohorts/{cohortId}/completion.pdf")).Text.Should().Contain("Selesai").And.NotContain("Aktif");
    }

    [Fact]
    public async Task The_lists_are_for_the_officers_of_the_cohorts_facility_only()
    {
        var site = await SiteAsync();
        var other = await SiteAsync();
        var cohortId = await OpenCohortAsync(site, [Start]);

        foreach (var list in new[] { "attendance.pdf", "completion.pdf" })
        {
            (await other.Officer.GetAsync($"/api/cohorts/{cohortId}/{list}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
            (await site.Trainer.GetAsync($"/api/cohorts/{cohortId}/{list}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
            (await site.Officer.GetAsync($"/api/cohorts/{cohortId}/{list}")).StatusCode.Should().Be(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task The_cohort_page_links_to_both_lists()
    {
        var site = await SiteAsync();
        var cohortId = await OpenCohortAsync(site, [Start]);

        var page = await site.Officer.GetStringAsync($"/cohorts/{cohortId}");

        page.Should().Contain($"href=\"/api/cohorts/{cohortId}/attendance.pdf\"").And.Contain("Cetak rekap kehadiran (PDF)")
            .And.Contain($"href=\"/api/cohorts/{cohortId}/completion.pdf\"").And.Contain("Cetak daftar penyelesaian (PDF)");
    }

    private static async Task<(byte[] Bytes, string Text)> PrintAsync(HttpClient officer, string url)
    {
        var response = await officer.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(bytes);
        return (bytes, string.Join("\n", pdf.GetPages().Select(p => p.Text)));
    }

    private sealed record Site(Guid FacilityId, string Code, string FacilityName, HttpClient Officer, Guid TrainerId, HttpClient Trainer, Guid CourseId);

    private sealed record Learner(Guid Id, string Number, HttpClient Client);

    private async Task<Site> SiteAsync()
    {
        var code = "F-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var name = "Balai Latihan " + code;
        var admin = await app.AdminAsync();
        var facility = await admin.PostAsJsonAsync("/api/facilities", new { code, name, timeZone = "Asia/Makassar" });
        facility.EnsureSuccessStatusCode();
        var facilityId = (await facility.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var (_, officer) = await app.StaffAsync(Roles.FacilityOfficer, facilityId);
        var (trainerId, trainer) = await app.StaffAsync(Roles.Trainer, facilityId);
        var created = await trainer.PostAsJsonAsync("/api/courses", new
        {
            title = "Merajut Dompet",
            summary = "Merajut dompet kecil",
            category = "Knitting",
            expectedHours = 12,
            minimumAttendancePercent = 75,
            certificateValidityMonths = (int?)null,
            competencyUnits = new[] { new { code = (string?)null, title = "Merajut dasar", performanceCriteria = new[] { "Tusukan rata" } } },
            lessons = new[] { new { title = "Tusuk rantai", body = "Buat **20** tusuk rantai." }, new { title = "Tusuk tunggal", body = "Lanjutkan." } },
        });
        var courseId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await trainer.PostAsync($"/api/courses/{courseId}/publish", null)).EnsureSuccessStatusCode();
        return new Site(facilityId, code, name, officer, trainerId, trainer, courseId);
    }

    private async Task<Learner> LearnerAsync(Site site, string fullName)
    {
        var learnerNumber = "WB-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var response = await site.Officer.PostAsJsonAsync("/api/learners", new { facilityId = site.FacilityId, learnerNumber, fullName, pin = People.IssuedPin });
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return new Learner(id, learnerNumber, await app.LearnerFirstSignInAsync(site.Code, learnerNumber, People.IssuedPin, People.Pin));
    }

    private static async Task<Guid> EnrollAsync(Site site, Guid cohortId, Guid learnerId)
    {
        var response = await site.Officer.PostAsJsonAsync($"/api/cohorts/{cohortId}/enrollments", new { learnerId });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> OpenCohortAsync(Site site, DateOnly[] sessions)
    {
        var response = await site.Officer.PostAsJsonAsync("/api/cohorts", new
        {
            courseId = site.CourseId,
            facilityId = site.FacilityId,
            trainerId = site.TrainerId,
            startsOn = sessions[0],
            endsOn = sessions[^1],
            capacity = 5,
            sessions,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
