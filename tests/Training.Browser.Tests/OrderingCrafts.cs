using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Training.Browser.Tests;

/// <summary>A buyer orders on a phone without an account; the officer quotes; the buyer accepts by the private link; the officer records the payment.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OrderingCrafts(BrowserHost host)
{
    private const string DemoPassword = "Bekal-Demo-2026";

    [Fact]
    public async Task A_buyer_on_a_phone_orders_the_officer_quotes_the_buyer_accepts_by_the_link_and_the_officer_records_the_payment()
    {
        var (productId, title) = await MadeToOrderProductAsync();

        var buyer = await host.NewPageAsync();
        await buyer.SetViewportSizeAsync(360, 740);
        await buyer.GotoAsync($"/katalog/pesan?produk={productId}");
        (await buyer.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(360, "the order form fits a phone");
        await buyer.GetByLabel(title).FillAsync("5");
        await buyer.GetByLabel("Nama pemesan").FillAsync("Ibu Rina Wulandari");
        await buyer.GetByRole(AriaRole.Button, new() { Name = "Kirim pesanan" }).ClickAsync();
        await Expect(buyer.GetByRole(AriaRole.Alert)).ToContainTextAsync("telepon atau surel");
        await buyer.GetByLabel("Nomor telepon atau WhatsApp").FillAsync("0812 3456 7890");
        await buyer.GetByLabel("Provinsi").FillAsync("Kalimantan Tengah");
        await buyer.GetByRole(AriaRole.Button, new() { Name = "Kirim pesanan" }).ClickAsync();
        await Expect(buyer.GetByRole(AriaRole.Heading, new() { Name = "Pesanan Anda", Level = 1 })).ToBeVisibleAsync();
        await Expect(buyer.Locator("[aria-current=step]")).ToContainTextAsync("Penawaran dari penjual");
        var link = buyer.Url;
        (await buyer.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(360, "the tracking page fits a phone");

        var officer = await host.NewPageAsync();
        await SignInPage.AsStaffAsync(officer, "petugas", DemoPassword);
        await officer.GetByRole(AriaRole.Link, new() { Name = "Pesanan", Exact = true }).ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Ibu Rina Wulandari" }).First.ClickAsync();
        await officer.GetByLabel("Ongkos kirim (Rp)").FillAsync("30000");
        await officer.GetByLabel("Siap paling lambat").FillAsync(DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd"));
        await officer.GetByRole(AriaRole.Button, new() { Name = "Kirim penawaran" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Penawaran terkirim ke tautan pembeli.");

        var again = await host.NewPageAsync();
        await again.SetViewportSizeAsync(360, 740);
        await again.GotoAsync(link);
        await Expect(again.GetByText("BRI 0123-01-000123-30-1", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(again.Locator("dd").Filter(new() { HasText = "Rp 780.000" })).ToBeVisibleAsync();
        await again.GetByRole(AriaRole.Button, new() { Name = "Terima penawaran" }).ClickAsync();
        await Expect(again.GetByRole(AriaRole.Status)).ToHaveTextAsync("Penawaran diterima. Silakan bayar ke rekening resmi penjual.");

        await officer.ReloadAsync();
        await officer.GetByLabel("Referensi (nomor transfer atau kuitansi)").FillAsync("BRI 20261205 778899");
        await officer.GetByLabel("Tanggal diterima").FillAsync(DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd"));
        await officer.GetByRole(AriaRole.Button, new() { Name = "Catat pembayaran" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Status)).ToHaveTextAsync("Pembayaran dicatat.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Tandai selesai" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Alert)).ToContainTextAsync("belum selesai diproduksi");

        await again.ReloadAsync();
        await Expect(again.Locator("[aria-current=step]")).ToContainTextAsync("Barang diambil atau dikirim");
        await Expect(again.GetByRole(AriaRole.Button, new() { Name = "Terima penawaran" })).ToHaveCountAsync(0);
    }

    /// <summary>A made-to-order product of the demo facility, drafted by its trainer and published by its officer under the brand this test sets.</summary>
    private async Task<(string Id, string Title)> MadeToOrderProductAsync()
    {
        var title = "Taplak Rajut " + Guid.NewGuid().ToString("N")[..6];
        var trainer = await host.SignedInAsync("pelatih", DemoPassword);
        var officer = await host.SignedInAsync("petugas", DemoPassword);
        var id = await BrowserHost.CreatedAsync(trainer, "/api/crafts/products", new
        {
            title, description = "Taplak meja rajut tangan dengan motif bunga.", craft = "Knitting", materials = "Benang katun",
            priceRupiah = 150_000, wholesale = Array.Empty<object>(), minimumOrder = 1, madeToOrder = true, leadTimeDays = 14, unitCodes = Array.Empty<string>(),
        });
        // The demo facility has a brand already; this test sets the seller and account the buyer must see.
        var facilityId = (await officer.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("facilityId").GetGuid();
        (await officer.PutAsJsonAsync($"/api/crafts/brands/{facilityId}", new
        {
            name = "Rajut Kahayan", story = "Rajutan dan anyaman tangan dari Kalimantan Tengah.", sellerOfRecord = "Koperasi Tangan Kahayan",
            sellerContact = "+62 811 5200 456", bankAccount = "BRI 0123-01-000123-30-1 a.n. Koperasi Tangan Kahayan", namesFacilityPublicly = false,
        })).EnsureSuccessStatusCode();
        var published = await officer.PostAsync($"/api/crafts/products/{id}/publish", null);
        published.EnsureSuccessStatusCode();
        return (id.ToString(), title);
    }
}
