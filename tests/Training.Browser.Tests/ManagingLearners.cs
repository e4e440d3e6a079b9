using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Training.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ManagingLearners(BrowserHost host)
{
    private const string Officer = "petugas";
    private const string DemoPassword = "Bekal-Demo-2026";

    [Fact]
    public async Task An_officer_imports_a_pasted_list_and_reads_which_lines_were_refused_and_why()
    {
        var page = await host.NewPageAsync();
        await SignInPage.AsStaffAsync(page, Officer, DemoPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "Warga binaan" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Impor dari CSV" }).ClickAsync();

        await page.GetByLabel("Atau tempel teks CSV di sini").FillAsync(
            "learnerNumber,fullName,pin\nWB-2026-201,Sri Wahyuni,582914\nWB-2026-001,Siti Lain,582915\nWB-2026-202,,111111\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Impor", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 diterima, 2 ditolak.");
        var lines = page.Locator("tbody tr");
        await Expect(lines.Nth(0)).ToContainTextAsync("Diterima");
        await Expect(lines.Nth(1)).ToContainTextAsync("Nomor ini sudah dipakai warga binaan lain di lapas ini.");
        await Expect(lines.Nth(2)).ToContainTextAsync("Nama: Wajib diisi.");
        await Expect(lines.Nth(2)).ToContainTextAsync("PIN: Pilih PIN yang tidak mudah ditebak");

        await page.GotoAsync("/learners?q=wahyu");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sri Wahyuni" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_officer_resets_a_learners_pin_and_the_learner_signs_in_with_it_then_chooses_her_own_on_the_pin_pad()
    {
        var officer = await host.NewPageAsync();
        await SignInPage.AsStaffAsync(officer, Officer, DemoPassword);
        await officer.GotoAsync("/learners?q=Nur");
        await officer.GetByRole(AriaRole.Link, new() { Name = "Nur Aisyah" }).ClickAsync();

        await officer.GetByLabel("PIN baru").FillAsync("1234");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Simpan PIN baru" }).ClickAsync();
        await Expect(officer.Locator("[data-valmsg-for='NewPin.Pin']")).ToHaveTextAsync("PIN harus tepat 6 angka.");

        await officer.GetByLabel("PIN baru").FillAsync("406281");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Simpan PIN baru" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Status)).ToHaveTextAsync("PIN baru sudah disimpan.");

        var learner = await host.NewPageAsync();
        await SignInPage.AsLearnerAsync(learner, "LPP-PKY", "WB-2026-004", "406281");

        await Expect(learner.GetByTestId("must-change")).ToBeVisibleAsync();
        await learner.GetByLabel("PIN Anda saat ini").FillAsync("406281");
        foreach (var digit in "592817")
        {
            await learner.GetByRole(AriaRole.Button, new() { Name = digit.ToString(), Exact = true }).ClickAsync();
        }

        await learner.GetByLabel("Ulangi PIN baru").FillAsync("592817");
        await learner.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
        await Expect(learner.GetByTestId("account-name")).ToHaveTextAsync("Nur Aisyah");
        await Expect(learner.GetByRole(AriaRole.Status)).ToHaveTextAsync("PIN baru Anda tersimpan.");
    }
}
