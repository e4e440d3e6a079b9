using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using SixLabors.ImageSharp;
using Training.Testing;
using Xunit;

namespace Training.Modules.Crafts.Tests;

/// <summary>Anyone finds published products by words, craft, price and ready stock; drafts and retired products stay out.</summary>
public sealed class ShowingTheCatalogue(CraftsApp app) : IClassFixture<CraftsApp>
{
    [Fact]
    public async Task The_catalogue_filters_by_words_without_accents_craft_price_and_ready_stock_and_pages_in_order()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var word = CatalogueWorld.Word();
        var bag = await workshop.PublishAsync(CatalogueWorld.Product($"Tas Purun {word}", 150_000));
        await workshop.PublishAsync(CatalogueWorld.Product($"Tikar Purun {word}", 300_000));
        await workshop.PublishAsync(CatalogueWorld.Product($"Syal Rajut Dàun {word}", 90_000, craft: "Knitting"));
        await workshop.DraftAsync(CatalogueWorld.Product($"Tas Draf {word}", 50_000));
        await workshop.BatchAsync(bag, 3, new DateOnly(2026, 11, 12));
        var anyone = app.Client();

        (await anyone.CatalogAsync($"q={word.ToUpperInvariant()}&sort=price-asc")).Titles().Should().Equal($"Syal Rajut Dàun {word}", $"Tas Purun {word}", $"Tikar Purun {word}");
        (await anyone.CatalogAsync($"q={word}+DAUN")).Titles().Should().Equal($"Syal Rajut Dàun {word}");
        (await anyone.CatalogAsync($"q={word}&craft=weaving&sort=price-desc")).Titles().Should().Equal($"Tikar Purun {word}", $"Tas Purun {word}");
        (await anyone.CatalogAsync($"q={word}&minPrice=100000&maxPrice=200000")).Titles().Should().Equal($"Tas Purun {word}");
        var ready = await anyone.CatalogAsync($"q={word}&inStock=true");
        ready.Titles().Should().Equal($"Tas Purun {word}");
        ready.GetProperty("items")[0].GetProperty("inStock").GetBoolean().Should().BeTrue();
        var second = await anyone.CatalogAsync($"q={word}&sort=price-asc&page=2&pageSize=2");
        second.Titles().Should().Equal($"Tikar Purun {word}");
        second.GetProperty("total").GetInt64().Should().Be(3);
    }

    [Fact]
    public async Task A_product_sold_out_at_the_gallery_is_no_longer_ready_stock()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var word = CatalogueWorld.Word();
        var bag = await workshop.PublishAsync(CatalogueWorld.Product($"Tas Purun {word}"));
        await workshop.BatchAsync(bag, 2, new DateOnly(2026, 11, 12));

        await workshop.SellAllAsync(bag);

        (await app.Client().CatalogAsync($"q={word}&inStock=true")).Titles().Should().BeEmpty();
        (await app.Client().CatalogAsync($"q={word}")).GetProperty("items")[0].GetProperty("inStock").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task A_draft_is_not_public_and_neither_is_its_photo_but_its_staff_see_both()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var word = CatalogueWorld.Word();
        var draft = await workshop.DraftAsync(CatalogueWorld.Product($"Tas Draf {word}"));
        var photo = await workshop.PhotoAsync(draft);
        var slug = await workshop.SlugAsync(draft);
        var anyone = app.Client();

        (await anyone.CatalogAsync($"q={word}")).GetProperty("total").GetInt64().Should().Be(0);
        (await anyone.GetAsync($"/api/crafts/products/{slug}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anyone.GetAsync($"/api/crafts/photos/{photo}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anyone.GetAsync($"/api/crafts/photos/{photo}/thumbnail")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anyone.GetAsync($"/katalog/{slug}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await workshop.Trainer.GetAsync($"/api/crafts/products/{draft}/photos/{photo}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_retired_product_leaves_the_catalogue_its_page_and_its_photos()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var word = CatalogueWorld.Word();
        var bag = await workshop.DraftAsync(CatalogueWorld.Product($"Tas Purun {word}"));
        var photo = await workshop.PhotoAsync(bag);
        (await workshop.Officer.PostAsync($"/api/crafts/products/{bag}/publish", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var slug = await workshop.SlugAsync(bag);
        var anyone = app.Client();
        (await anyone.GetAsync($"/api/crafts/photos/{photo}")).StatusCode.Should().Be(HttpStatusCode.OK);

        (await workshop.Trainer.PostAsync($"/api/crafts/products/{bag}/retire", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await workshop.Officer.PostAsync($"/api/crafts/products/{bag}/retire", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await anyone.CatalogAsync($"q={word}")).GetProperty("total").GetInt64().Should().Be(0);
        (await anyone.GetAsync($"/api/crafts/products/{slug}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anyone.GetAsync($"/api/crafts/photos/{photo}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await workshop.Trainer.PutAsJsonAsync($"/api/crafts/products/{bag}", CatalogueWorld.Product("Tas Baru"))).StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_revised_product_shows_its_new_price_and_tiers_and_another_facility_cannot_revise_it()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var other = await Workshop.CreateAsync(app, "Lapas Perempuan Sampit");
        var bag = await workshop.PublishAsync(CatalogueWorld.Product($"Tas Purun {CatalogueWorld.Word()}"));
        var slug = await workshop.SlugAsync(bag);

        (await other.Trainer.PutAsJsonAsync($"/api/crafts/products/{bag}", CatalogueWorld.Product("Tas Sampit"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await workshop.Trainer.PutAsJsonAsync($"/api/crafts/products/{bag}", CatalogueWorld.Product("Tas Purun Besar", 175_000))).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var product = await app.Client().GetFromJsonAsync<JsonElement>($"/api/crafts/products/{slug}");
        product.GetProperty("title").GetString().Should().Be("Tas Purun Besar");
        product.GetProperty("priceRupiah").GetInt64().Should().Be(175_000);
        product.GetProperty("wholesale")[0].GetProperty("priceRupiah").GetInt64().Should().Be(165_000);
        product.GetProperty("minimumOrder").GetInt32().Should().Be(2);
        product.GetProperty("brand").GetProperty("facility").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_public_photo_keeps_no_place_time_or_device_and_a_product_takes_at_most_eight()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var bag = await workshop.PublishAsync(CatalogueWorld.Product($"Tas Purun {CatalogueWorld.Word()}"));
        var photo = await workshop.PhotoAsync(bag);

        var bytes = await app.Client().GetByteArrayAsync($"/api/crafts/photos/{photo}");
        var info = Image.Identify(bytes);
        info.Metadata.ExifProfile.Should().BeNull();
        info.Metadata.XmpProfile.Should().BeNull();
        info.Metadata.IptcProfile.Should().BeNull();
        Encoding.Latin1.GetString(bytes).Should().NotContain("Palangka").And.NotContain("Tablet");

        for (var i = 1; i < 8; i++)
        {
            await workshop.PhotoAsync(bag, TestImages.OnePixelPng);
        }

        var ninth = await workshop.Trainer.PostAsync($"/api/crafts/products/{bag}/photos", new MultipartFormDataContent { { new ByteArrayContent(TestImages.OnePixelPng), "image", "x.png" } });
        ninth.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Json.CodeAsync(ninth)).Should().Be("product.photos-full");
        (await workshop.Trainer.DeleteAsync($"/api/crafts/products/{bag}/photos/{photo}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await app.Client().GetAsync($"/api/crafts/photos/{photo}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("pageSize=49")]
    [InlineData("page=0")]
    [InlineData("page=abc")]
    [InlineData("craft=Spaceships")]
    [InlineData("minPrice=-1")]
    [InlineData("minPrice=200000&maxPrice=100000")]
    [InlineData("sort=cheapest")]
    [InlineData("inStock=maybe")]
    public async Task Bad_catalogue_parameters_are_answered_400(string query) =>
        (await app.Client().GetAsync("/api/crafts/catalog?" + query)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
}
