using Microsoft.Playwright;
using Training.Testing.Driving;
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
        var ratih = await host.RegisterLearnerAsync("Ratih Purwasih");
        var page = await host.NewPageAsync();
        await SignInPage.AsStaffAsync(page, Officer, DemoPassword);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Warga binaan" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Impor dari CSV" }).ClickAsync();

        await page.GetByLabel("Atau tempel teks CSV di sini").FillAsync(
            $"learnerNumber,fullName,pin\n{Unique.Name("WB")},Sri Wahyuni,582914\n{ratih.Number},Ratih Lain,582915\n{Unique.Name("WB")},,111111\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Impor", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("1 diterima, 2 ditolak.");
        var lines = page.Locator("tbody tr");
        await Expect(lines.Nth(0)).ToContainTextAsync("Diterima");
        await Expect(lines.Nth(1)).ToContainTextAsync("Nomor ini sudah dipakai warga binaan lain di fasilitas ini.");
        await Expect(lines.Nth(2)).ToContainTextAsync("Nama: Wajib diisi.");
        await Expect(lines.Nth(2)).ToContainTextAsync("PIN: Pilih PIN yang tidak mudah ditebak");

        await page.GotoAsync("/learners?q=wahyu");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sri Wahyuni" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_officer_resets_a_learners_pin_and_the_learner_signs_in_with_it_then_chooses_her_own_on_the_pin_pad()
    {
        var nur = await host.RegisterLearnerAsync("Nur Hidayah");
        await host.SignedInAsync(nur);

        var officer = await host.NewPageAsync();
        await SignInPage.AsStaffAsync(officer, Officer, DemoPassword);
        await officer.GotoAsync("/learners?q=Hidayah");
        await officer.GetByRole(AriaRole.Link, new() { Name = "Nur Hidayah" }).ClickAsync();

        await officer.GetByLabel("PIN baru").FillAsync("1234");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Simpan PIN baru" }).ClickAsync();
        await Expect(officer.Locator("[data-valmsg-for='NewPin.Pin']")).ToHaveTextAsync("PIN harus tepat 6 angka.");

        await officer.GetByLabel("PIN baru").FillAsync("406281");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Simpan PIN baru" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Status)).ToHaveTextAsync("PIN baru sudah disimpan.");

        var learner = await host.NewPageAsync();
        await SignInPage.AsLearnerAsync(learner, Learners.Facility, nur.Number, "406281");

        await SignInPage.ChooseOwnPinAsync(learner, "406281", "615283");
        await Expect(learner.GetByTestId("account-name")).ToHaveTextAsync("Nur Hidayah");
        await Expect(learner.GetByRole(AriaRole.Status)).ToHaveTextAsync("PIN baru Anda tersimpan.");
    }
}
