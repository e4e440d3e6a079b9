using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Training.BuildingBlocks.Contracts;
using Training.Modules.Crafts.Batches;
using Training.Modules.Crafts.Stock;
using Training.Testing;

namespace Training.Modules.Crafts.Tests;

/// <summary>Steps the catalogue tests share: products with their own words, photos, batches and stock made as the other parts will make them.</summary>
internal static class CatalogueWorld
{
    /// <summary>A word no other test's product holds, so a search finds only this test's products.</summary>
    public static string Word() => "w" + Guid.NewGuid().ToString("N")[..10];

    public static object Product(string title, long price = 150_000, string craft = "Weaving", bool madeToOrder = false) => new
    {
        title, titleEn = "Woven purun bag", description = "Tas tangan dari purun, dianyam rapat dan diberi pewarna alami.", descriptionEn = "A hand bag of purun grass.",
        craft, materials = "Purun, pewarna alami", materialOrigin = "Rawa gambut Kalimantan Tengah", dimensions = "30 × 25 × 10 cm", weightGrams = 350,
        care = "Jauhkan dari air.", priceRupiah = price, wholesale = new[] { new { minQuantity = 10, priceRupiah = price - 10_000 } }, minimumOrder = 2, orderMultiple = 2,
        madeToOrder, leadTimeDays = madeToOrder ? 14 : (int?)null, unitCodes = new[] { "C.131000.001.01" },
    };

    public static async Task<Guid> DraftAsync(this Workshop workshop, object product) =>
        await Json.IdAsync(await workshop.Trainer.PostAsJsonAsync("/api/crafts/products", product));

    public static async Task<Guid> PublishAsync(this Workshop workshop, object product)
    {
        var id = await workshop.DraftAsync(product);
        (await workshop.Officer.PostAsync($"/api/crafts/products/{id}/publish", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        return id;
    }

    public static async Task<string> SlugAsync(this Workshop workshop, Guid productId)
    {
        var list = await workshop.Trainer.GetFromJsonAsync<JsonElement>("/api/crafts/products");
        return list.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == productId).GetProperty("slug").GetString()!;
    }

    public static async Task<Guid> PhotoAsync(this Workshop workshop, Guid productId, byte[]? image = null)
    {
        var content = new ByteArrayContent(image ?? TestImages.PhonePhoto());
        content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return await Json.IdAsync(await workshop.Trainer.PostAsync($"/api/crafts/products/{productId}/photos", new MultipartFormDataContent { { content, "image", "tas.jpg" } }));
    }

    /// <summary>A batch made by the learners and its units in the gallery, appended as the batch use case will append them.</summary>
    public static async Task<string> BatchAsync(this Workshop workshop, Guid productId, int quantity, DateOnly producedOn, params Guid[] makers)
    {
        var batchId = Guid.NewGuid();
        var code = BatchCodes.New(producedOn);
        var at = workshop.App.Clock.GetUtcNow();
        await using var session = workshop.App.Store.LightweightSession();
        session.Events.StartStream<Batch>(batchId, new BatchRecorded(
            batchId, workshop.Id, productId, code, quantity, producedOn, new Rupiah(40_000), [.. makers.Select(m => new MakerShare(m, 1))], Guid.NewGuid(), at));
        session.Events.Append(StockLedger.IdFor(productId), StockLedger.Produce(productId, workshop.Id, batchId, quantity, new Rupiah(40_000), Guid.NewGuid(), at));
        await session.SaveChangesAsync();
        return code;
    }

    /// <summary>Units leave the gallery as the bazaar and order parts will take them out.</summary>
    public static async Task SellAllAsync(this Workshop workshop, Guid productId)
    {
        await using var session = workshop.App.Store.LightweightSession();
        var stream = await session.Events.FetchForExclusiveWriting<StockLedger>(StockLedger.IdFor(productId));
        var ledger = stream.Aggregate!;
        stream.AppendOne(ledger.TakeOut(MovementKind.Sold, StockLedger.Gallery, ledger.AvailableAt(StockLedger.Gallery), null, Guid.NewGuid(), workshop.App.Clock.GetUtcNow()));
        await session.SaveChangesAsync();
    }

    public static async Task<JsonElement> CatalogAsync(this HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/crafts/catalog?" + query);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static string[] Titles(this JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!)];
}
