using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using Microsoft.Playwright;
using Training.Testing;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Training.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class MediatingContact(BrowserHost host)
{
    private const string DemoPassword = "Bekal-Demo-2026";
    private const string Alias = "Perajut Sebangau";
    private const string Knitting = "Merajut Dasar: Tas dan Dompet";
    private const string Organization = "Koperasi Purun Sejahtera";
    private const string ContactRoute = "Kantor pembinaan LPP, telepon 0536 322 1234";

    [Fact]
    public async Task An_employer_finds_a_graduate_by_alias_the_officer_approves_she_accepts_and_only_then_the_employer_sees_her_name()
    {
        var wulan = await host.RegisterLearnerAsync("Wulan Anggraini");
        await KnittingGraduateAsync(wulan);

        var employer = await host.NewPageAsync();
        await SignInPage.AsStaffAsync(employer, "mitra", DemoPassword);
        await employer.GetByRole(AriaRole.Link, new() { Name = "Cari lulusan", Exact = true }).ClickAsync();
        await employer.GetByLabel("Keterampilan", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Merajut" });
        await employer.GetByLabel("Kabupaten/kota").SelectOptionAsync(new SelectOptionValue { Label = "Kota Palangka Raya" });
        await employer.GetByLabel("Jenis pekerjaan").SelectOptionAsync(new SelectOptionValue { Label = "Bekerja" });
        await employer.GetByRole(AriaRole.Button, new() { Name = "Cari", Exact = true }).ClickAsync();
        var card = employer.GetByRole(AriaRole.Region, new() { Name = Alias });
        await Expect(card).ToContainTextAsync("Merajut");
        await NamesNobodyAsync(employer, wulan);

        await card.GetByRole(AriaRole.Link, new() { Name = Alias }).ClickAsync();
        await Expect(employer.GetByRole(AriaRole.Heading, new() { Name = $"Profil lulusan: {Alias}", Level = 1 })).ToBeVisibleAsync();
        await NamesNobodyAsync(employer, wulan);
        await employer.GetByRole(AriaRole.Button, new() { Name = "Kirim minat" }).ClickAsync();
        await Expect(employer.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Tulis pesan untuk lulusan, sampai 2000 karakter.");
        await employer.GetByLabel("Pesan").FillAsync("Kami mencari perajut untuk pesanan tas rajut. Bahan dan pelatihan lanjutan kami sediakan.");
        await employer.GetByRole(AriaRole.Button, new() { Name = "Kirim minat" }).ClickAsync();
        await Expect(employer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Minat dikirim; petugas akan meninjaunya.");
        var interest = employer.GetByRole(AriaRole.Region, new() { Name = Alias });
        await Expect(interest.Locator(".badge")).ToHaveTextAsync("Menunggu tinjauan petugas");
        await NamesNobodyAsync(employer, wulan);

        var officer = await host.NewPageAsync();
        await SignInPage.AsStaffAsync(officer, "petugas", DemoPassword);
        await officer.GetByRole(AriaRole.Link, new() { Name = "Tinjau minat", Exact = true }).ClickAsync();
        var review = officer.Locator("section.interest").Filter(new() { HasText = "Wulan Anggraini" }).Filter(new() { HasText = Organization });
        await Expect(review).ToContainTextAsync("Kami mencari perajut");
        await review.GetByRole(AriaRole.Button, new() { Name = "Setujui" }).ClickAsync();
        await Expect(review.GetByRole(AriaRole.Alert)).ToContainTextAsync("Tulis catatan");
        await review.GetByLabel("Catatan").FillAsync("Koperasi sudah kami kenal; wawancara di ruang kunjungan.");
        await review.GetByLabel("Jalur kontak untuk pemberi kerja").FillAsync(ContactRoute);
        await review.GetByRole(AriaRole.Button, new() { Name = "Setujui" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Minat disetujui; warga binaan akan menjawabnya.");

        await employer.ReloadAsync();
        await Expect(interest.Locator(".badge")).ToHaveTextAsync("Menunggu jawaban lulusan");
        await NamesNobodyAsync(employer, wulan);

        var learner = await host.NewPageAsync();
        await SignInPage.AsLearnerAsync(learner, Learners.Facility, wulan.Number, Learners.OwnPin);
        await Expect(learner.GetByTestId("account-name")).ToHaveTextAsync("Wulan Anggraini");
        await learner.GetByRole(AriaRole.Link, new() { Name = "Minat pemberi kerja", Exact = true }).ClickAsync();
        var offer = learner.GetByRole(AriaRole.Region, new() { Name = Organization });
        await Expect(offer).ToContainTextAsync(ContactRoute);
        await offer.GetByRole(AriaRole.Button, new() { Name = "Terima", Exact = true }).ClickAsync();
        await Expect(learner.GetByRole(AriaRole.Status)).ToHaveTextAsync("Anda menerima minat ini; pemberi kerja kini dapat menghubungi Anda.");

        await employer.ReloadAsync();
        var accepted = employer.GetByRole(AriaRole.Region, new() { Name = "Wulan Anggraini" });
        await Expect(accepted.Locator(".badge")).ToHaveTextAsync("Diterima");
        await Expect(accepted.Locator(".learner-name")).ToHaveTextAsync("Wulan Anggraini");
        await Expect(accepted.Locator(".contact-route")).ToHaveTextAsync(ContactRoute);
        await accepted.GetByRole(AriaRole.Button, new() { Name = "Diterima bekerja", Exact = true }).ClickAsync();
        await Expect(employer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Hasil dicatat.");
        await Expect(employer.GetByRole(AriaRole.Region, new() { Name = "Wulan Anggraini" }).Locator(".badge")).ToHaveTextAsync("Diterima bekerja");
    }

    /// <summary>Before she accepts, nothing on the employer's page names her, her number or her facility.</summary>
    private static async Task NamesNobodyAsync(IPage employer, Learner graduate)
    {
        // The anti-forgery tokens are random letters that may spell anything (once "LPP"), so they are left out.
        var html = Regex.Replace(await employer.ContentAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"", "");
        html.Should().NotContain("Wulan").And.NotContain("Anggraini").And.NotContain(graduate.Number).And.NotContain("LPP");
    }

    /// <summary>
    /// She passed knitting and opted in to a graduate profile herself, looking for employment in Palangka Raya;
    /// her verified skill reaches the profile through the relay, and search shows it once it has.
    /// </summary>
    private async Task KnittingGraduateAsync(Learner graduate)
    {
        await host.PassAsync(graduate.Id, Knitting);
        var herself = await host.SignedInAsync(graduate);
        (await herself.PutAsJsonAsync("/api/me/graduate-profile", new
        {
            alias = Alias,
            province = "62",
            regency = "Kota Palangka Raya",
            availableFrom = DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            workTypes = new[] { "Employment", "HomeBased" },
            statement = "Siap bekerja di usaha kerajinan rajut.",
            consent = true,
        })).EnsureSuccessStatusCode();

        var employer = await host.SignedInAsync("mitra", DemoPassword);
        await Eventually.Until(
            async () => (await employer.GetFromJsonAsync<JsonElement>("/api/graduates?skill=Knitting&pageSize=100")).GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("alias").GetString()).ToList(),
            aliases => aliases.Contains(Alias));
    }
}
