using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Training.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class TakingAttendance(BrowserHost host)
{
    [Fact]
    public async Task A_trainer_corrects_a_sessions_attendance_and_sees_it_kept()
    {
        var page = await host.NewPageAsync(javaScript: false);
        await SignInPage.AsStaffAsync(page, "pelatih", "Bekal-Demo-2026");
        await page.GetByRole(AriaRole.Link, new() { Name = "Angkatan saya" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Isi kehadiran" }).First.ClickAsync();

        var siti = page.GetByRole(AriaRole.Group, new() { Name = "Kehadiran Siti Aminah" });
        await siti.GetByLabel("Izin").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan kehadiran" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("sudah disimpan");
        await Expect(page.GetByText("Kehadiran pertemuan ini sudah dicatat.")).ToBeVisibleAsync();
        await Expect(siti.GetByLabel("Izin")).ToBeCheckedAsync();
    }
}
