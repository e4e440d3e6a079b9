using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Playwright;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Training.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class IllustratingALesson(BrowserHost host)
{
    private const string DemoPassword = "Bekal-Demo-2026";

    [Fact]
    public async Task A_trainer_adds_a_picture_to_a_lesson_without_script_and_the_learner_sees_it()
    {
        var title = $"Menjahit Kancing {Guid.NewGuid().ToString()[..6]}";
        var trainerApi = await host.SignedInAsync("pelatih", DemoPassword);
        var courseId = await BrowserHost.CreatedAsync(trainerApi, "/api/courses", new
        {
            title, summary = "Memasang kancing pada kemeja.", category = "Sewing", expectedHours = 4, minimumAttendancePercent = 75,
            competencyUnits = new[] { new { title = "Memasang kancing", performanceCriteria = new[] { "Kancing kuat" } } },
            lessons = new[] { new { title = "Letak kancing", body = "Tandai letak kancing dengan kapur." } },
        });

        var trainer = await host.NewPageAsync(javaScript: false);
        await SignInPage.AsStaffAsync(trainer, "pelatih", DemoPassword);
        await trainer.GotoAsync($"/trainer/courses/{courseId}/edit");
        await trainer.GetByLabel("Gambar untuk materi ini").First.SetInputFilesAsync(
            new FilePayload { Name = "kancing.png", MimeType = "image/png", Buffer = APicture(40, 30) });
        await trainer.GetByLabel("Keterangan gambar (dibacakan untuk tunanetra)").First.FillAsync("Kancing di garis kapur");
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Tambahkan gambar" }).ClickAsync();

        await Expect(trainer.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 gambar ditambahkan ke materi. Periksa pratinjau, lalu simpan draf.");
        var preview = trainer.Locator(".preview").GetByRole(AriaRole.Img, new() { Name = "Kancing di garis kapur" });
        await Expect(preview).ToBeVisibleAsync();
        (await preview.EvaluateAsync<int>("img => img.naturalWidth")).Should().Be(40);
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
        await Expect(trainer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Draf sudah disimpan.");
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Terbitkan draf" }).ClickAsync();
        await Expect(trainer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Versi 1 sudah terbit.");

        var learner = await host.RegisterLearnerAsync("Wulan Sari");
        await OpenCohortWithAsync(courseId, learner);
        var page = await host.NewPageAsync();
        await Learners.SignInChoosingPinAsync(page, learner);
        await page.GetByRole(AriaRole.Link, new() { Name = "Belajar" }).ClickAsync();
        await page.GetByRole(AriaRole.Region, new() { Name = title }).GetByRole(AriaRole.Link, new() { Name = "Mulai belajar" }).ClickAsync();

        var picture = page.Locator(".lesson-body").GetByRole(AriaRole.Img, new() { Name = "Kancing di garis kapur" });
        await Expect(picture).ToBeVisibleAsync();
        (await picture.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : -1")).Should().Be(40);
    }

    private static byte[] APicture(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(230, 120, 40));
        using var png = new MemoryStream();
        image.SaveAsPng(png);
        return png.ToArray();
    }

    private async Task OpenCohortWithAsync(Guid courseId, Learner learner)
    {
        var trainerId = (await (await host.SignedInAsync("pelatih", DemoPassword)).GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetGuid();
        var officer = await host.SignedInAsync("petugas", DemoPassword);
        var facilityId = (await officer.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("facilityId").GetGuid();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var cohortId = await BrowserHost.CreatedAsync(officer, "/api/cohorts", new
        {
            courseId, facilityId, trainerId, startsOn = today, endsOn = today.AddDays(7), capacity = 10, sessions = new[] { today },
        });
        await BrowserHost.CreatedAsync(officer, $"/api/cohorts/{cohortId}/enrollments", new { learnerId = learner.Id });
    }
}
