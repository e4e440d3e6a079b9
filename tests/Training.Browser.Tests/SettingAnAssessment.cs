using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Training.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SettingAnAssessment(BrowserHost host)
{
    [Fact]
    public async Task A_trainer_raises_the_pass_mark_of_her_course_and_sees_it_kept()
    {
        var page = await host.NewPageAsync(javaScript: false);
        await SignInPage.AsStaffAsync(page, "pelatih", "Bekal-Demo-2026");
        await page.GetByRole(AriaRole.Link, new() { Name = "Asesmen", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Merajut Dasar: Tas dan Dompet" })
            .GetByRole(AriaRole.Link, new() { Name = "Atur asesmen" }).ClickAsync();

        await page.GetByLabel("Nilai lulus (%)").FillAsync("70");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan asesmen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Asesmen disimpan.");

        await page.ReloadAsync();
        await Expect(page.GetByLabel("Nilai lulus (%)")).ToHaveValueAsync("70");
    }

    [Fact]
    public async Task A_wrong_correct_option_number_is_shown_beside_its_field_and_the_statistics_list_the_questions()
    {
        var page = await host.NewPageAsync(javaScript: false);
        await SignInPage.AsStaffAsync(page, "pelatih", "Bekal-Demo-2026");
        await page.GotoAsync("/trainer/assessments");
        var course = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Merajut Dasar: Tas dan Dompet" });
        await course.GetByRole(AriaRole.Link, new() { Name = "Atur asesmen" }).ClickAsync();

        await page.GetByLabel("Nomor pilihan benar").First.FillAsync("satu");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan asesmen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Isian ini tidak valid.");
        await Expect(page.GetByText("Nomor pilihan benar harus angka, misalnya 1 atau 1,3.")).ToBeVisibleAsync();

        await page.GotoAsync("/trainer/assessments");
        await course.GetByRole(AriaRole.Link, new() { Name = "Statistik soal" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Statistik soal", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Tusuk apa yang dibuat pertama kali?" })).ToHaveCountAsync(1);
    }
}
