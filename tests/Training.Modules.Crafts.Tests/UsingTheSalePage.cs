using System.Net;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace Training.Modules.Crafts.Tests;

/// <summary>The bazaar till works in a plain browser form.</summary>
public sealed class UsingTheSalePage(CraftsApp app) : IClassFixture<CraftsApp>
{
    [Fact]
    public async Task An_officer_sees_the_products_with_the_units_free_at_the_gallery_and_records_a_sale_whose_total_is_shown()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync("Topi Rajut Biru", 175_000);
        await workshop.BatchAsync(productId, 4);

        var page = await workshop.Officer.GetAsync("/crafts/sale");
        var sold = await workshop.Officer.PostTillFormAsync("/crafts/sale", "/crafts/sale",
            ($"Input.Quantities[{productId}]", "3"), ("Input.Method", "Qris"), ("Input.Reference", "QR-1234"), ("location", "gallery"));
        var receipt = await workshop.Officer.GetAsync(sold.Headers.Location!.OriginalString);

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.TillTextAsync()).Should().Contain("Penjualan bazar").And.Contain("Topi Rajut Biru").And.Contain("4 unit tersedia di sini").And.Contain("Tunai");
        sold.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await receipt.TillTextAsync()).Should().Contain("Penjualan tercatat: 3 unit, total Rp 525.000.").And.Contain("1 unit tersedia di sini");
        (await workshop.Trainer.GetAsync("/crafts/sale")).StatusCode.Should().NotBe(HttpStatusCode.OK);
    }
}

/// <summary>The till page read as a browser gets it, and its form posted with its antiforgery token.</summary>
internal static partial class TillForms
{
    public static async Task<string> TillTextAsync(this HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static async Task<HttpResponseMessage> PostTillFormAsync(this HttpClient client, string page, string action, params (string Name, string Value)[] fields)
    {
        var html = await (await client.GetAsync(page)).Content.ReadAsStringAsync();
        var form = new FormUrlEncodedContent([new("__RequestVerificationToken", Token().Match(html).Groups[1].Value), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await client.PostAsync(action, form);
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""")]
    private static partial Regex Token();
}
