using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Training.Browser.Tests;

/// <summary>What a person does on /signin, the way they do it.</summary>
internal static class SignInPage
{
    public static async Task AsStaffAsync(IPage page, string username, string password)
    {
        await page.GotoAsync("/signin");
        var staff = page.GetByRole(AriaRole.Region, new() { Name = "Staf dan pemberi kerja" });
        await staff.GetByLabel("Nama pengguna").FillAsync(username);
        await staff.GetByLabel("Kata sandi").FillAsync(password);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await Expect(page.GetByTestId("account-name")).ToBeVisibleAsync();
    }

    /// <summary>Types the facility and number, then taps the PIN on the pad.</summary>
    public static async Task<ILocator> AsLearnerAsync(IPage page, string facility, string number, string pin)
    {
        await page.GotoAsync("/signin");
        var learners = page.GetByRole(AriaRole.Region, new() { Name = "Warga binaan" });
        await learners.GetByLabel("Kode fasilitas").FillAsync(facility);
        await learners.GetByLabel("Nomor warga binaan").FillAsync(number);
        foreach (var digit in pin)
        {
            await learners.GetByRole(AriaRole.Button, new() { Name = digit.ToString(), Exact = true }).ClickAsync();
        }

        await Expect(learners.Locator(".pin-dots span.filled")).ToHaveCountAsync(pin.Length);
        await learners.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        return learners;
    }

    /// <summary>On the page every sign-in with a PIN someone else set leads to: her current PIN, then her own tapped on the pad.</summary>
    public static async Task ChooseOwnPinAsync(IPage page, string current, string own)
    {
        await Expect(page.GetByTestId("must-change")).ToBeVisibleAsync();
        await page.GetByLabel("PIN Anda saat ini").FillAsync(current);
        foreach (var digit in own)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = digit.ToString(), Exact = true }).ClickAsync();
        }

        await page.GetByLabel("Ulangi PIN baru").FillAsync(own);
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
    }
}
