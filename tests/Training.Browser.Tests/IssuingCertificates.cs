using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using Microsoft.Playwright;
using Training.BuildingBlocks.Security;
using Training.Testing;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Training.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class IssuingCertificates(BrowserHost host)
{
    private const string DemoPassword = "Bekal-Demo-2026";
    private const string Weaving = "Anyaman Purun: Tikar dan Tas";
    private const string Batik = "Batik Tulis Motif Kalimantan";

    [Fact]
    public async Task A_learner_shares_her_certificate_anyone_sees_it_valid_and_after_the_officer_revokes_it_sees_why()
    {
        var novita = await host.RegisterLearnerAsync("Novita Anggraeni");
        await host.PassAsync(novita.Id, Weaving);

        var learner = await host.NewPageAsync();
        await Learners.SignInChoosingPinAsync(learner, novita);
        await learner.GetByRole(AriaRole.Link, new() { Name = "Sertifikat", Exact = true }).ClickAsync();
        var certificate = learner.GetByRole(AriaRole.Region, new() { Name = Weaving });
        await Expect(certificate.Locator(".badge")).ToHaveTextAsync("Berlaku");
        await Expect(certificate.GetByRole(AriaRole.Link, new() { Name = "Unduh PDF" })).ToHaveAttributeAsync("href", new Regex("^/api/certificates/[0-9a-f-]{36}/pdf$"));
        await Expect(certificate.GetByRole(AriaRole.Link, new() { Name = "Unduh kredensial" })).ToHaveAttributeAsync("href", new Regex("/credential$"));
        var share = certificate.Locator("a.share-link");
        var link = await share.GetAttributeAsync("href");
        await Expect(share).ToHaveTextAsync(link!);

        var stranger = await host.NewPageAsync(javaScript: false);
        await stranger.GotoAsync(link!);
        await Expect(stranger.GetByRole(AriaRole.Heading, new() { Name = "Berlaku", Level = 1 })).ToBeVisibleAsync();
        await Expect(stranger.Locator(".holder")).ToHaveTextAsync("Novita Anggraeni");
        await Expect(stranger.GetByRole(AriaRole.Table)).ToContainTextAsync("C.132000.021.01");
        var text = await stranger.Locator("body").InnerTextAsync();
        text.Should().NotContain("LPP").And.NotContain("Palangka Raya", "the demo facility is LPP Palangka Raya");

        var officer = await host.NewPageAsync();
        await SignInPage.AsStaffAsync(officer, "petugas", DemoPassword);
        await officer.GetByRole(AriaRole.Link, new() { Name = "Sertifikat", Exact = true }).ClickAsync();
        await officer.GetByRole(AriaRole.Row).Filter(new() { HasText = Weaving }).GetByRole(AriaRole.Link, new() { Name = "Novita Anggraeni" }).ClickAsync();
        var held = officer.Locator("section.certificate").Filter(new() { HasText = Weaving });
        await held.GetByText("Cabut", new() { Exact = true }).ClickAsync();
        await held.GetByRole(AriaRole.Button, new() { Name = "Cabut sertifikat" }).ClickAsync();
        await Expect(held.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Pilih salah satu alasan pencabutan; catatan paling banyak 500 karakter.");
        await held.GetByLabel("Alasan pencabutan").SelectOptionAsync(new SelectOptionValue { Label = "Hasil asesmen ditarik" });
        await held.GetByLabel("Catatan petugas (tidak wajib)").FillAsync("Nama unit pada data pelatihan keliru");
        await held.GetByRole(AriaRole.Button, new() { Name = "Cabut sertifikat" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Status)).ToContainTextAsync("dicabut.");
        await Expect(held.Locator(".badge")).ToHaveTextAsync("Dicabut");
        await Expect(held.Locator(".note")).ToHaveTextAsync("Nama unit pada data pelatihan keliru");

        await stranger.ReloadAsync();
        await Expect(stranger.GetByRole(AriaRole.Heading, new() { Name = "Dicabut", Level = 1 })).ToBeVisibleAsync();
        await Expect(stranger.Locator(".verdict .reason")).ToHaveTextAsync("Hasil asesmen ditarik");
        (await stranger.Locator("body").InnerTextAsync()).Should().NotContain("data pelatihan keliru", "the officer's note is for staff only");
    }

    [Fact]
    public async Task The_verify_page_of_a_certificate_from_a_facility_named_Lapas_names_neither_the_facility_nor_the_word()
    {
        const string facilityName = "Lapas Perempuan Kelas III Uji";
        var code = "LPS-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var admin = await host.SignedInAsync(BekalApp.AdminUsername, BekalApp.AdminPassword);
        var facilityId = await BrowserHost.CreatedAsync(admin, "/api/facilities", new { code, name = facilityName, timeZone = "Asia/Jakarta" });
        var username = "petugas-" + code.ToLowerInvariant();
        await BrowserHost.CreatedAsync(admin, "/api/staff", new { username, password = People.IssuedPassword, displayName = "Petugas Uji", role = Roles.FacilityOfficer, facilityId });
        var officer = await host.SignedInAsync(username, People.IssuedPassword);
        (await officer.PostAsJsonAsync("/api/me/secret", new { current = People.IssuedPassword, @new = People.Password })).EnsureSuccessStatusCode();
        var learnerId = await BrowserHost.CreatedAsync(officer, "/api/learners", new { facilityId, learnerNumber = "WB-" + code, fullName = "Ratna Kartika", pin = "582914" });
        await host.PassAsync(learnerId, Batik);
        var issued = await Eventually.Until(
            async () => (await officer.GetFromJsonAsync<JsonElement[]>($"/api/learners/{learnerId}/certificates"))!, l => l.Length > 0);

        var page = await host.NewPageAsync();
        await page.GotoAsync($"/verify/{issued.Single().GetProperty("verificationCode").GetString()}");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Berlaku", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".holder")).ToHaveTextAsync("Ratna Kartika");
        var text = await page.Locator("body").InnerTextAsync();
        var html = await page.ContentAsync();
        foreach (var shown in new[] { text, html })
        {
            shown.Should().NotContainEquivalentOf("Lapas").And.NotContain(facilityName).And.NotContain(code);
        }
    }
}
