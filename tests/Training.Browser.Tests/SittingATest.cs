using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Training.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SittingATest(BrowserHost host)
{
    private const string Knitting = "Merajut Dasar: Tas dan Dompet";
    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    private static readonly (string Question, string Answer)[] RightAnswers =
    [
        ("Hakpen yang cocok untuk benang katun sedang?", "4–5 mm"),
        ("Tusuk apa yang dibuat pertama kali?", "Tusuk rantai"),
        ("Tusuk tunggal cocok untuk dasar tas karena rajutannya", "Rapat"),
        ("Sambungan produk rajut yang baik dijahit", "Tersembunyi"),
        ("Produk harus bersih sebelum dikemas.", "Benar / True"),
    ];

    [Fact]
    public async Task A_learner_passes_the_written_test_and_passes_the_course_once_the_assessor_checks_her_work()
    {
        var sri = await host.RegisterLearnerAsync("Sri Rahayu");
        await host.EnrolAsync(sri, Knitting);

        var learner = await host.NewPageAsync();
        await Learners.SignInChoosingPinAsync(learner, sri);
        await learner.GotoAsync("/learning");
        var course = learner.GetByRole(AriaRole.Region, new() { Name = Knitting });
        await course.GetByRole(AriaRole.Link, new() { Name = "Ujian", Exact = true }).ClickAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "Mulai ujian" }).ClickAsync();
        await Expect(learner.GetByRole(AriaRole.Timer)).ToContainTextAsync("⏱");

        foreach (var (question, answer) in RightAnswers)
        {
            var group = learner.GetByRole(AriaRole.Group).Filter(new() { HasText = question });
            await group.GetByLabel(answer, new() { Exact = true }).CheckAsync();
        }

        await learner.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Expect(learner.GetByRole(AriaRole.Status)).ToHaveTextAsync("Jawaban tersimpan.");
        await Expect(learner.GetByRole(AriaRole.Group).Filter(new() { HasText = RightAnswers[0].Question })
            .GetByLabel(RightAnswers[0].Answer, new() { Exact = true })).ToBeCheckedAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "Kirim" }).ClickAsync();

        await Expect(learner.GetByRole(AriaRole.Heading, new() { Name = "Hasil ujian", Level = 1 })).ToBeVisibleAsync();
        await Expect(learner.Locator(".score")).ToHaveTextAsync("Nilai tertulis: 100");
        await Expect(learner.Locator(".passed")).ToHaveTextAsync("Belum lulus");
        // The practical part is still open, so no unit is Kompeten on the written test alone.
        await Expect(learner.Locator(".units .outcome").GetByText("Belum Kompeten", new() { Exact = true })).Not.ToHaveCountAsync(0);
        await Expect(learner.Locator(".units .outcome").GetByText("Kompeten", new() { Exact = true })).ToHaveCountAsync(0);
        var resultPage = learner.Url;

        var assessor = await host.NewPageAsync();
        await SignInPage.AsStaffAsync(assessor, "asesor", "Bekal-Demo-2026");
        await assessor.GetByRole(AriaRole.Link, new() { Name = "Uji praktik" }).ClickAsync();
        await assessor.GetByLabel("Warga binaan").SelectOptionAsync(new SelectOptionValue { Label = $"Sri Rahayu ({sri.Number})" });
        await assessor.GetByLabel("Pelatihan").SelectOptionAsync(new SelectOptionValue { Label = Knitting });
        await assessor.GetByRole(AriaRole.Button, new() { Name = "Buka daftar periksa" }).ClickAsync();
        await Expect(assessor.GetByRole(AriaRole.Heading, new() { Name = "Daftar periksa praktik", Level = 1 })).ToBeVisibleAsync();
        foreach (var yes in await assessor.GetByLabel("Ya", new() { Exact = true }).AllAsync())
        {
            await yes.CheckAsync();
        }

        await assessor.GetByLabel("Foto bukti").First.SetInputFilesAsync(new FilePayload { Name = "tas.png", MimeType = "image/png", Buffer = Convert.FromBase64String(OnePixelPng) });
        await assessor.GetByRole(AriaRole.Button, new() { Name = "Simpan penilaian" }).ClickAsync();
        await Expect(assessor.GetByRole(AriaRole.Status).Locator(".passed")).ToHaveTextAsync("Lulus");

        await learner.GotoAsync(resultPage);
        await Expect(learner.Locator(".passed")).ToHaveTextAsync("Lulus");
        await Expect(learner.Locator(".units .outcome").GetByText("Belum Kompeten", new() { Exact = true })).ToHaveCountAsync(0);
        await Expect(learner.Locator(".units .outcome").GetByText("Kompeten", new() { Exact = true })).Not.ToHaveCountAsync(0);

        await learner.GotoAsync(resultPage.Replace("/result", "/test", StringComparison.Ordinal));
        await learner.GetByRole(AriaRole.Button, new() { Name = "Mulai ujian" }).ClickAsync();
        await Expect(learner.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Anda sudah lulus pelatihan ini.");
    }
}
