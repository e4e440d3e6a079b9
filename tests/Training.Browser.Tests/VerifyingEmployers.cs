using Microsoft.Playwright;
using Training.Testing;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Training.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class VerifyingEmployers(BrowserHost host)
{
    private const string Organization = "Tenun Borneo Mandiri";

    [Fact]
    public async Task An_admin_verifies_a_pending_employer_who_then_sees_verified_on_their_account()
    {
        var employer = await host.NewPageAsync();
        await RegisterAsync(employer);
        await SignInPage.AsStaffAsync(employer, "tenun-borneo", "Tenun-Borneo-2026");
        await employer.GotoAsync("/account");
        await Expect(employer.GetByTestId("employer-status")).ToHaveTextAsync("Menunggu verifikasi");

        var admin = await host.NewPageAsync();
        await SignInPage.AsStaffAsync(admin, BekalApp.AdminUsername, BekalApp.AdminPassword);
        await admin.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Pemberi kerja" }).ClickAsync();
        var pending = admin.Locator("article", new() { HasText = Organization });
        await Expect(pending.GetByTestId("nib")).ToHaveTextAsync("8120009912345");
        await pending.GetByRole(AriaRole.Button, new() { Name = "Verifikasi" }).ClickAsync();

        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{Organization} terverifikasi.");
        await Expect(admin.Locator("tr", new() { HasText = Organization })).ToContainTextAsync("Terverifikasi");

        await employer.ReloadAsync();
        await Expect(employer.GetByTestId("employer-status")).ToHaveTextAsync("Terverifikasi");
    }

    private static async Task RegisterAsync(IPage page)
    {
        await page.GotoAsync("/employers/register");
        await page.GetByLabel("Nama organisasi").FillAsync(Organization);
        await page.GetByLabel("Nama narahubung").FillAsync("Ibu Lina Wati");
        await page.GetByLabel("Email").FillAsync("lina@tenun-borneo.example");
        await page.GetByLabel("Nomor telepon").FillAsync("+62 812 5500 321");
        await page.GetByLabel("NIB").FillAsync("8120 0099 1234 5");
        await page.GetByLabel("Alamat usaha").FillAsync("Jl. Kapten Piere Tendean 12, Palangka Raya");
        await page.GetByLabel("Nama pengguna").FillAsync("tenun-borneo");
        await page.GetByLabel("Kata sandi").FillAsync("Tenun-Borneo-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Daftar" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Terima kasih telah mendaftar" })).ToBeVisibleAsync();
    }
}
