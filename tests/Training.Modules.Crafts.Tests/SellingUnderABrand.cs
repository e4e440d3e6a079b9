using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Marten;
using Training.Modules.Crafts.Brands;
using Training.Modules.Crafts.Products;
using Xunit;

namespace Training.Modules.Crafts.Tests;

/// <summary>A facility sells under a brand that names no facility, and only published products reach the public.</summary>
public sealed class SellingUnderABrand(CraftsApp app) : IClassFixture<CraftsApp>
{
    [Fact]
    public async Task An_officer_sets_the_brand_and_the_trainer_drafts_a_product_the_officer_publishes()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();

        var productId = await workshop.PublishedProductAsync();

        await using var session = app.Store.QuerySession();
        var product = await session.LoadAsync<Product>(productId);
        product!.Status.Should().Be(ProductStatus.Published);
        product.Slug.Should().StartWith("tas-purun-anyaman-");
        product.Pricing.UnitPriceFor(12).Amount.Should().Be(130_000);
        (await session.LoadAsync<Brand>(Brand.IdFor(workshop.Id)))!.Seller.Name.Should().Be("Koperasi Tangan Kahayan");
        (await session.Events.FetchStreamAsync(workshop.Id)).Select(e => e.Data).OfType<BrandSaved>()
            .Should().BeEmpty("the facility's own stream belongs to Identity; the brand keeps a stream of its own");
    }

    [Fact]
    public async Task A_brand_story_naming_custody_is_refused_unless_the_facility_names_itself_publicly()
    {
        var workshop = await Workshop.CreateAsync(app);

        var refused = await workshop.Officer.PutAsJsonAsync($"/api/crafts/brands/{workshop.Id}", Workshop.Brand(story: "Dibuat oleh warga binaan Lapas Kahayan."));
        var named = await workshop.Officer.PutAsJsonAsync($"/api/crafts/brands/{workshop.Id}", Workshop.Brand(story: "Dibuat di Lapas Perempuan Kahayan.", namesFacility: true));

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Json.CodeAsync(refused)).Should().Be("text.names-custody");
        named.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_facilitys_officer_cannot_set_the_brand_nor_publish_its_products()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var other = await Workshop.CreateAsync(app, "Lapas Perempuan Sampit");
        var productId = await Json.IdAsync(await workshop.Trainer.PostAsJsonAsync("/api/crafts/products", Workshop.Product()));

        (await other.Officer.PutAsJsonAsync($"/api/crafts/brands/{workshop.Id}", Workshop.Brand("Rajut Sampit"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.Officer.PostAsync($"/api/crafts/products/{productId}/publish", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_product_cannot_be_published_before_its_facility_has_a_brand()
    {
        var workshop = await Workshop.CreateAsync(app);
        var productId = await Json.IdAsync(await workshop.Trainer.PostAsJsonAsync("/api/crafts/products", Workshop.Product()));

        var refused = await workshop.Officer.PostAsync($"/api/crafts/products/{productId}/publish", null);

        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Json.CodeAsync(refused)).Should().Be("brand.missing");
    }

    [Theory]
    [InlineData(0L, null)]
    [InlineData(150_000L, 160_000L)]
    public async Task A_product_without_a_price_or_with_a_dearer_wholesale_step_is_refused_and_nothing_is_stored(long price, long? wholesale)
    {
        var workshop = await Workshop.CreateAsync(app);
        object[] steps = wholesale is { } w ? [new { minQuantity = 10, priceRupiah = w }] : [];

        var refused = await workshop.Trainer.PostAsJsonAsync("/api/crafts/products", Workshop.Product(price: price, wholesale: steps));

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await using var session = app.Store.QuerySession();
        (await session.Query<Product>().CountAsync(p => p.FacilityId == workshop.Id)).Should().Be(0);
    }
}
