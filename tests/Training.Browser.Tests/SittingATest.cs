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
        ("Produk harus bersih sebelum dikemas.", "Benar"),
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
        await Expect(learner.GetByRole(AriaRole.Timer)).ToContainTextAsync("Sisa waktu");

        foreach (var (question, answer) in RightAnswers)
        {
            var group = learner.GetByRole(AriaRole.Group).Filter(new() { HasText = question });
            await group.GetByLabel(answer, new() { Exact = true }).CheckAsync();
        }

        await learner.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Expect(learner.GetByRole(AriaRole.Status)).ToHaveTextAsync("Jawaban tersimpan.");
        await Expect(learner.GetByRole(AriaRole.Group).Filter(new() { HasText = RightAnswers[0].Question })
            .GetByLabel(RightAnswers[0].Answer, new() { Exact = true })).ToBeCheckedAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "Periksa jawaban" }).ClickAsync();
        await Expect(learner.GetByRole(AriaRole.Status)).ToHaveTextAsync("Semua soal sudah dijawab.");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Kirim" }).ClickAsync();

        await Expect(learner.GetByRole(AriaRole.Heading, new() { Name = "Hasil ujian", Level = 1 })).ToBeVisibleAsync();
        await Expect(learner.Locator(".score")).ToHaveTextAsync("Nilai tertulis: 100");
        await Expect(learner.Locator(".passed")).ToHaveTextAsync("Belum lulus");
        // The practical part is still open, so no unit is Kompeten on the written test alone.
        await Expect(learner.Locator(".units .outcome").GetByText("Belum Kompeten", new() { Exact = true })).Not.ToHaveCountAsync(0);
        await Expect(learner.Locator(".units .outcome").GetByText("Kompeten", new() { Exact = true })).ToHaveCountAsync(0);
        await Expect(learner.Locator(".units .practical").First).ToContainTextAsync("Menunggu uji praktik");
        var resultPage = learner.Url;

        var assessor = await host.NewPageAsync();
        await SignInPage.AsStaffAsync(assessor, "asesor", "Bekal-Demo-2026");
        await assessor.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Uji praktik" }).ClickAsync();
        await assessor.GetByRole(AriaRole.Region, new() { Name = Knitting }).GetByRole(AriaRole.Link, new() { Name = $"Sri Rahayu ({sri.Number})" }).ClickAsync();
        await Expect(assessor.GetByRole(AriaRole.Heading, new() { Name = "Daftar periksa praktik", Level = 1 })).ToBeVisibleAsync();
        var criteria = assessor.Locator("fieldset.criterion");
        await criteria.First.GetByLabel("Ya", new() { Exact = true }).CheckAsync();
        await assessor.GetByRole(AriaRole.Button, new() { Name = "Simpan penilaian" }).ClickAsync();
        await Expect(assessor.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Penilaian belum lengkap.");
        await Expect(criteria.First.GetByLabel("Ya", new() { Exact = true })).ToBeCheckedAsync();

        foreach (var yes in await assessor.GetByLabel("Ya", new() { Exact = true }).AllAsync())
        {
            await yes.CheckAsync();
        }

        var last = criteria.Last;
        var unmet = await last.Locator("legend").InnerTextAsync();
        await last.GetByLabel("Tidak", new() { Exact = true }).CheckAsync();
        await last.GetByLabel("Catatan").FillAsync("Masih ada noda di sudut");
        await assessor.GetByRole(AriaRole.Button, new() { Name = "Simpan penilaian" }).ClickAsync();
        await Expect(assessor.GetByRole(AriaRole.Status).Locator(".passed")).ToHaveTextAsync("Belum lulus");

        await learner.GotoAsync(resultPage);
        await Expect(learner.Locator(".units .notes")).ToContainTextAsync($"{unmet}: Masih ada noda di sudut");

        await assessor.GotoAsync("/assessments/practical");
        await assessor.GetByRole(AriaRole.Link, new() { Name = $"Sri Rahayu ({sri.Number})" }).ClickAsync();
        await Expect(criteria.Last.GetByLabel("Tidak", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(criteria.Last.GetByLabel("Catatan")).ToHaveValueAsync("Masih ada noda di sudut");
        await criteria.Last.GetByLabel("Ya", new() { Exact = true }).CheckAsync();
        await assessor.GetByLabel("Foto bukti").First.SetInputFilesAsync(new FilePayload { Name = "tas.png", MimeType = "image/png", Buffer = Convert.FromBase64String(OnePixelPng) });
        await assessor.GetByRole(AriaRole.Button, new() { Name = "Simpan penilaian" }).ClickAsync();
        await Expect(assessor.GetByRole(AriaRole.Status).Locator(".passed")).ToHaveTextAsync("Lulus");

        await learner.GotoAsync(resultPage);
        await Expect(learner.Locator(".passed")).ToHaveTextAsync("Lulus");
        await Expect(learner.Locator(".units .outcome").GetByText("Belum Kompeten", new() { Exact = true })).ToHaveCountAsync(0);
        await Expect(learner.Locator(".units .outcome").GetByText("Kompeten", new() { Exact = true })).Not.ToHaveCountAsync(0);

        await learner.GotoAsync(resultPage.Replace("/result", "/test", StringComparison.Ordinal));
        await Expect(learner.Locator(".standing")).ToContainTextAsync("Lulus");
        await Expect(learner.GetByRole(AriaRole.Button, new() { Name = "Mulai ujian" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_learner_sends_her_test_only_from_the_review_which_names_the_questions_she_left_unanswered()
    {
        var dewi = await host.RegisterLearnerAsync("Dewi Lestari");
        await host.EnrolAsync(dewi, Knitting);
        var learner = await host.NewPageAsync();
        await Learners.SignInChoosingPinAsync(learner, dewi);
        await learner.GotoAsync("/learning");
        await learner.GetByRole(AriaRole.Region, new() { Name = Knitting }).GetByRole(AriaRole.Link, new() { Name = "Ujian", Exact = true }).ClickAsync();
        await Expect(learner.Locator(".standing")).ToContainTextAsync("3 dari 3");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Mulai ujian" }).ClickAsync();

        var questions = learner.Locator("fieldset.question");
        var count = await questions.CountAsync();
        await questions.First.GetByRole(AriaRole.Radio).First.CheckAsync();
        await Expect(learner.GetByRole(AriaRole.Button, new() { Name = "Kirim" })).ToHaveCountAsync(0);
        await learner.GetByRole(AriaRole.Button, new() { Name = "Periksa jawaban" }).ClickAsync();

        var unanswered = string.Join(", ", Enumerable.Range(2, count - 1));
        await Expect(learner.GetByRole(AriaRole.Alert)).ToContainTextAsync($"Belum dijawab: soal nomor {unanswered}.");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Kembali ke soal" }).ClickAsync();
        await Expect(questions.First.GetByRole(AriaRole.Radio).First).ToBeCheckedAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "Periksa jawaban" }).ClickAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "Kirim" }).ClickAsync();

        await Expect(learner.GetByRole(AriaRole.Heading, new() { Name = "Hasil ujian", Level = 1 })).ToBeVisibleAsync();
        await Expect(learner.Locator(".standing")).ToContainTextAsync("2 dari 3");
    }
}
