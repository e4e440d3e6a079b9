using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Training.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class TakingAttendance(BrowserHost host)
{
    private const string Knitting = "Merajut Dasar: Tas dan Dompet";

    [Fact]
    public async Task A_trainer_corrects_a_sessions_attendance_and_sees_it_kept()
    {
        var endang = await host.RegisterLearnerAsync("Endang Sulastri");
        await host.EnrolAsync(endang, Knitting);

        var page = await host.NewPageAsync(javaScript: false);
        await SignInPage.AsStaffAsync(page, "pelatih", "Bekal-Demo-2026");
        await page.GetByRole(AriaRole.Link, new() { Name = "Angkatan saya" }).ClickAsync();
        await page.GetByRole(AriaRole.Article).Filter(new() { HasText = Knitting }).GetByRole(AriaRole.Link, new() { Name = "Isi kehadiran" }).ClickAsync();

        var hers = page.GetByRole(AriaRole.Group, new() { Name = "Kehadiran Endang Sulastri" });
        await hers.GetByLabel("Izin").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan kehadiran" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("sudah disimpan");
        await Expect(page.GetByText("Kehadiran pertemuan ini sudah dicatat.")).ToBeVisibleAsync();
        await Expect(hers.GetByLabel("Izin")).ToBeCheckedAsync();
    }
}
