using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Training.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SittingATest(BrowserHost host)
{
    private static readonly (string Question, string Answer)[] RightAnswers =
    [
        ("Hakpen yang cocok untuk benang katun sedang?", "4–5 mm"),
        ("Tusuk apa yang dibuat pertama kali?", "Tusuk rantai"),
        ("Tusuk tunggal cocok untuk dasar tas karena rajutannya", "Rapat"),
        ("Sambungan produk rajut yang baik dijahit", "Tersembunyi"),
        ("Produk harus bersih sebelum dikemas.", "Benar / True"),
    ];

    [Fact]
    public async Task A_learner_answers_the_knitting_test_right_and_sees_her_written_result()
    {
        var learner = await host.NewPageAsync();
        await SignInPage.AsLearnerAsync(learner, "LPP-PKY", "WB-2026-001", "246810");
        await Expect(learner.GetByTestId("account-name")).ToHaveTextAsync("Siti Aminah");
        await learner.GotoAsync("/learning");
        var course = learner.GetByRole(AriaRole.Region, new() { Name = "Merajut Dasar: Tas dan Dompet" });
        await course.GetByRole(AriaRole.Link, new() { Name = "Ujian", Exact = true }).ClickAsync();
        await learner.GetByRole(AriaRole.Button, new() { Name = "Mulai ujian" }).ClickAsync();
        await Expect(learner.GetByRole(AriaRole.Timer)).ToContainTextAsync(":");

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
    }
}
