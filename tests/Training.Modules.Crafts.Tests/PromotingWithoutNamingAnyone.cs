using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using Training.BuildingBlocks.Text;
using Training.Modules.Crafts.Web;
using Training.Testing;
using Xunit;

namespace Training.Modules.Crafts.Tests;

/// <summary>
/// Every public page and answer about a product, its brand and its batches names no maker, no facility and no custody,
/// unless the brand chose to name its facility; and each page shares well as a link.
/// </summary>
public sealed partial class PromotingWithoutNamingAnyone(CraftsApp app) : IClassFixture<CraftsApp>
{
    [Fact]
    public async Task No_public_response_names_the_maker_the_facility_or_custody_when_the_brand_does_not_name_it()
    {
        var (workshop, learner, slug, brandSlug, code) = await ShopAsync(namesFacility: false);

        foreach (var (address, text) in await PublicResponsesAsync(slug, brandSlug, code))
        {
            CustodyWords.AppearIn(text, [workshop.Name, workshop.Code], learner).Should().BeFalse($"{address} is public: {text}");
            text.Should().NotContain(workshop.Code, address);
        }
    }

    [Fact]
    public async Task A_brand_that_names_its_facility_shows_the_facility_on_its_product_and_provenance()
    {
        var (workshop, _, slug, _, code) = await ShopAsync(namesFacility: true);
        var anyone = app.Client();

        (await anyone.GetStringAsync($"/katalog/{slug}")).Should().Contain(workshop.Name);
        (await anyone.GetFromJsonAsync<JsonElement>($"/api/crafts/provenance/{code}")).GetProperty("programme").GetProperty("facility").GetString().Should().Be(workshop.Name);
    }

    [Fact]
    public async Task Product_brand_and_provenance_pages_carry_open_graph_tags_with_absolute_addresses()
    {
        var (_, _, slug, brandSlug, code) = await ShopAsync(namesFacility: false);
        var anyone = app.Client();

        var product = await anyone.GetStringAsync($"/katalog/{slug}");
        Meta(product, "og:type").Should().Be("product");
        Meta(product, "og:title").Should().StartWith("Tas Purun");
        Meta(product, "og:description").Should().NotBeNullOrEmpty();
        Meta(product, "og:image").Should().MatchRegex("^https?://[^/]+/api/crafts/photos/[0-9a-f-]{36}$");
        Meta(product, "og:url").Should().EndWith($"/katalog/{slug}").And.StartWith("http");
        product.Should().Contain($"href=\"/katalog/pesan?produk={slug}\"");

        var brand = await anyone.GetStringAsync($"/merek/{brandSlug}");
        Meta(brand, "og:url").Should().EndWith($"/merek/{brandSlug}");
        Meta(brand, "og:image").Should().StartWith("http");

        var provenance = await anyone.GetStringAsync($"/asal/{code}");
        Meta(provenance, "og:url").Should().EndWith($"/asal/{code}");
        Meta(provenance, "og:title").Should().NotBeNullOrEmpty();
        provenance.Should().Contain("November 2026").And.Contain("C.131000.001.01");
    }

    [Fact]
    public async Task The_provenance_of_a_batch_tells_the_month_units_and_programme_with_collective_credit_and_no_makers()
    {
        var (_, _, slug, brandSlug, code) = await ShopAsync(namesFacility: false);

        var provenance = await app.Client().GetFromJsonAsync<JsonElement>($"/api/crafts/provenance/{code.ToLowerInvariant()}");

        provenance.GetProperty("madeIn").GetString().Should().Be("2026-11");
        provenance.GetProperty("product").GetProperty("slug").GetString().Should().Be(slug);
        provenance.GetProperty("programme").GetProperty("slug").GetString().Should().Be(brandSlug);
        provenance.GetProperty("unitCodes").EnumerateArray().Select(u => u.GetString()).Should().Equal("C.131000.001.01");
        provenance.GetProperty("credit").GetString().Should().StartWith("Made by the artisans of ");
        provenance.GetProperty("credits").GetArrayLength().Should().Be(0);
        (await app.Client().GetAsync("/api/crafts/provenance/B26-ZZZZZZ")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await app.Client().GetAsync("/asal/B26-ZZZZZZ")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_printable_catalogue_lists_prices_tiers_minimum_order_and_the_sellers_contact()
    {
        var (_, _, _, brandSlug, _) = await ShopAsync(namesFacility: false);

        var pdf = await app.Client().GetAsync($"/api/crafts/catalog.pdf?brand={brandSlug}");

        pdf.StatusCode.Should().Be(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        (await pdf.Content.ReadAsByteArrayAsync()).Length.Should().BeGreaterThan(1000);
        (await app.Client().GetAsync("/api/crafts/catalog.pdf")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await app.Client().GetAsync("/api/crafts/catalog.pdf?brand=tidak-ada")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_batch_of_a_draft_is_unknown_to_the_public()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var draft = await workshop.DraftAsync(CatalogueWorld.Product("Tas Purun Draf"));
        var code = await workshop.BatchAsync(draft, 4, new DateOnly(2026, 11, 3));

        (await app.Client().GetAsync($"/api/crafts/provenance/{code}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_sitemap_lists_the_catalogue_published_products_and_brands_but_no_draft()
    {
        var (workshop, _, slug, brandSlug, _) = await ShopAsync(namesFacility: false);
        var draft = await workshop.SlugAsync(await workshop.DraftAsync(CatalogueWorld.Product("Tas Purun Draf")));

        var sitemap = await app.Client().GetStringAsync("/sitemap.xml");

        sitemap.Should().Contain("/katalog</loc>").And.Contain($"/katalog/{slug}</loc>").And.Contain($"/merek/{brandSlug}</loc>").And.NotContain(draft);
    }

    [Fact]
    public async Task The_catalogue_page_works_as_a_plain_form_and_refuses_bad_filters_with_400()
    {
        var (_, _, slug, _, _) = await ShopAsync(namesFacility: false);
        var anyone = app.Client();

        var page = await anyone.GetAsync("/katalog?craft=weaving&sort=price-asc&inStock=true");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().Contain($"href=\"/katalog/{slug}\"");
        (await anyone.GetAsync("/katalog?minPrice=abc")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await anyone.GetAsync("/katalog?page=0")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private async Task<(Workshop Workshop, TextOwner Learner, string Slug, string BrandSlug, string Code)> ShopAsync(bool namesFacility)
    {
        var workshop = await Workshop.CreateAsync(app);
        var brandName = "Tangan " + Guid.NewGuid().ToString("N")[..8];
        (await workshop.Officer.PutAsJsonAsync($"/api/crafts/brands/{workshop.Id}", Workshop.Brand(brandName, namesFacility: namesFacility))).EnsureSuccessStatusCode();
        var learnerNumber = "WB-" + Guid.NewGuid().ToString("N")[..8];
        var fullName = "Sulastri Handayani";
        var learnerId = await Json.IdAsync(await workshop.Officer.PostAsJsonAsync("/api/learners", new { facilityId = workshop.Id, learnerNumber, fullName, pin = People.IssuedPin }));
        var product = await workshop.DraftAsync(CatalogueWorld.Product($"Tas Purun {CatalogueWorld.Word()}"));
        await workshop.PhotoAsync(product);
        (await workshop.Officer.PostAsync($"/api/crafts/products/{product}/publish", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var code = await workshop.BatchAsync(product, 5, new DateOnly(2026, 11, 20), learnerId);
        return (workshop, new TextOwner(fullName, learnerNumber), await workshop.SlugAsync(product), Slugs.From(brandName), code);
    }

    private async Task<List<(string Address, string Text)>> PublicResponsesAsync(string slug, string brandSlug, string code)
    {
        var anyone = app.Client();
        var title = slug[..slug.LastIndexOf('-')].Split('-')[^1];
        string[] addresses =
        [
            $"/api/crafts/catalog?q={title}", $"/api/crafts/products/{slug}", $"/api/crafts/brands/{brandSlug}", $"/api/crafts/provenance/{code}",
            $"/katalog?q={title}", $"/katalog/{slug}", $"/merek/{brandSlug}", $"/asal/{code}", "/sitemap.xml",
        ];
        var answers = new List<(string, string)>();
        foreach (var language in new[] { "id", "en" })
        {
            foreach (var address in addresses)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, address);
                request.Headers.AcceptLanguage.ParseAdd(language);
                var response = await anyone.SendAsync(request);
                response.StatusCode.Should().Be(HttpStatusCode.OK, address);
                answers.Add(($"{address} ({language})", HiddenInputs().Replace(await response.Content.ReadAsStringAsync(), "")));
            }
        }

        return answers;
    }

    private static string? Meta(string html, string property) =>
        Regex.Match(html, $"<meta property=\"{Regex.Escape(property)}\" content=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    // Anti-forgery tokens are random letters that once spelled a custody word; they are no text anyone reads.
    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenInputs();
}
