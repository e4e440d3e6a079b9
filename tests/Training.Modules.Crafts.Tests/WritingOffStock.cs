using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Training.Modules.Crafts.Stock;
using Xunit;

namespace Training.Modules.Crafts.Tests;

/// <summary>Officers write off damaged units and samples with a reason, never more than there are, and the catalogue follows.</summary>
public sealed class WritingOffStock(CraftsApp app) : IClassFixture<CraftsApp>
{
    [Fact]
    public async Task Writing_off_more_than_is_on_hand_is_a_conflict_and_stores_nothing()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        await workshop.BatchAsync(productId, 3);

        var refused = await workshop.Officer.PostAsJsonAsync("/api/crafts/stock/write-offs", WriteOff(productId, 4));
        var elsewhere = await workshop.Officer.PostAsJsonAsync("/api/crafts/stock/write-offs", WriteOff(productId, 1, location: "Pameran Kriya"));

        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Json.CodeAsync(refused)).Should().Be("stock.not-enough");
        elsewhere.StatusCode.Should().Be(HttpStatusCode.Conflict);
        await using var session = app.Store.QuerySession();
        (await session.Events.FetchStreamAsync(StockLedger.IdFor(productId))).Should().ContainSingle();
    }

    [Fact]
    public async Task A_write_off_needs_a_reason_and_is_damaged_or_a_sample()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        await workshop.BatchAsync(productId, 3);

        (await workshop.Officer.PostAsJsonAsync("/api/crafts/stock/write-offs", WriteOff(productId, 1, reason: "  "))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await workshop.Officer.PostAsJsonAsync("/api/crafts/stock/write-offs", WriteOff(productId, 1, kind: "Sold"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await workshop.Officer.PostAsJsonAsync("/api/crafts/stock/write-offs", WriteOff(productId, 0))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await workshop.Trainer.PostAsJsonAsync("/api/crafts/stock/write-offs", WriteOff(productId, 1))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var other = await Workshop.CreateAsync(app, "Lapas Perempuan Sampit");
        (await other.Officer.PostAsJsonAsync("/api/crafts/stock/write-offs", WriteOff(productId, 1))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var stock = await workshop.Officer.GetFromJsonAsync<ProductStockView>($"/api/crafts/products/{productId}/stock");
        stock!.Total.Should().Be(3);
    }

    [Fact]
    public async Task Writing_off_the_last_units_in_the_gallery_takes_the_product_out_of_ready_stock_in_the_catalogue()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var word = CatalogueWorld.Word();
        var productId = await workshop.PublishAsync(CatalogueWorld.Product($"Tas {word}"));
        await workshop.BatchAsync(productId, 2);
        var anyone = app.Client();
        InStock(await anyone.CatalogAsync($"q={word}")).Should().BeTrue();

        (await workshop.Officer.PostAsJsonAsync("/api/crafts/stock/write-offs", WriteOff(productId, 1, kind: "Sample", reason: "Contoh untuk dinas koperasi"))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        InStock(await anyone.CatalogAsync($"q={word}")).Should().BeTrue();
        (await workshop.Officer.PostAsJsonAsync("/api/crafts/stock/write-offs", WriteOff(productId, 1))).StatusCode.Should().Be(HttpStatusCode.NoContent);

        InStock(await anyone.CatalogAsync($"q={word}")).Should().BeFalse();
        (await anyone.CatalogAsync($"q={word}&inStock=true")).Titles().Should().BeEmpty();
    }

    [Fact]
    public async Task The_stock_page_shows_each_location_and_the_ledger_in_indonesian_words_with_who_when_and_why()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        await workshop.BatchAsync(productId, 5);
        (await workshop.Officer.PostAsJsonAsync("/api/crafts/stock/moves", new { productId, quantity = 2, to = "Pameran Kriya Palangka" })).EnsureSuccessStatusCode();
        (await workshop.Officer.PostAsJsonAsync("/api/crafts/stock/write-offs", WriteOff(productId, 1, reason: "Anyaman robek di sudut"))).EnsureSuccessStatusCode();

        var page = await workshop.Trainer.GetStringAsync($"/crafts/products/{productId}/stock");
        var editor = await workshop.Trainer.GetStringAsync($"/crafts/products/{productId}");

        page.Should().Contain("Pameran Kriya Palangka").And.Contain("Galeri").And.Contain("diproduksi").And.Contain("dipindah").And.Contain("rusak")
            .And.Contain("Anyaman robek di sudut").And.Contain("WIB").And.Contain("FacilityOfficer ").And.NotContain("UTC");
        page.IndexOf("rusak", StringComparison.Ordinal).Should().BeLessThan(page.IndexOf("diproduksi", StringComparison.Ordinal), "the newest movement comes first");
        page.Should().NotContain("Hapus dari stok", "only officers write off");
        (await workshop.Officer.GetStringAsync($"/crafts/products/{productId}/stock")).Should().Contain("Hapus dari stok").And.Contain("Pindahkan stok");
        editor.Should().Contain($"href=\"/crafts/products/{productId}/stock\"");
        var other = await Workshop.CreateAsync(app, "Lapas Perempuan Sampit");
        (await other.Officer.GetAsync($"/crafts/products/{productId}/stock")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_officer_moves_and_writes_off_units_on_the_stock_page_and_a_missing_reason_is_said_beside_the_form()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        await workshop.BatchAsync(productId, 4);
        var page = $"/crafts/products/{productId}/stock";

        var moved = await workshop.Officer.PostTillFormAsync(page, page + "?handler=Move", ("Move.Quantity", "2"), ("Move.To", "Toko Mitra Sampit"));
        var unexplained = await workshop.Officer.PostTillFormAsync(page, page + "?handler=WriteOff", ("WriteOff.Quantity", "1"), ("WriteOff.Kind", "Sample"));
        var sample = await workshop.Officer.PostTillFormAsync(page, page + "?handler=WriteOff",
            ("WriteOff.Quantity", "1"), ("WriteOff.Kind", "Sample"), ("WriteOff.Location", "Toko Mitra Sampit"), ("WriteOff.Reason", "Contoh untuk pembeli grosir"));

        moved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        unexplained.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await unexplained.TillTextAsync()).Should().Contain("tulis keterangannya");
        sample.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stock = await workshop.Officer.GetFromJsonAsync<ProductStockView>($"/api/crafts/products/{productId}/stock");
        stock!.OnHand.Should().BeEquivalentTo([new LocationStock(StockLedger.Gallery, 2, 2), new LocationStock("Toko Mitra Sampit", 1, 1)]);
        stock.Lines[0].Should().Match<LedgerLine>(l => l.Kind == "Sample" && l.Reason == "Contoh untuk pembeli grosir");
    }

    private static bool InStock(System.Text.Json.JsonElement page) => page.GetProperty("items").EnumerateArray().Single().GetProperty("inStock").GetBoolean();

    private static object WriteOff(Guid productId, int quantity, string kind = "Damaged", string reason = "Retak saat dipajang", string? location = null) =>
        new { productId, quantity, location, kind, reason };
}
