using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Training.BuildingBlocks.Contracts;
using Training.Modules.Crafts.Stock;

namespace Training.Modules.Crafts.Tests;

/// <summary>Buyers without an account, orders and the stock they draw on, for the tests of ordering.</summary>
internal static class OrdersWorld
{
    public static object Buyer(string name = "Ibu Rina") => new { name, phone = "+62 812 3456 7890", email = "rina@tokobatik.example", organisation = "Toko Rina" };

    public static object Order(params (Guid ProductId, int Quantity)[] lines) => new
    {
        lines = lines.Select(l => new { productId = l.ProductId, quantity = l.Quantity }).ToArray(),
        buyer = Buyer(),
        province = "Kalimantan Tengah",
        regency = "Kota Palangka Raya",
        note = "Untuk suvenir acara kantor.",
    };

    /// <summary>A buyer's order through the API, anonymous: its id and tracking token.</summary>
    public static async Task<(Guid Id, string Token)> OrderAsync(this CraftsApp app, params (Guid ProductId, int Quantity)[] lines)
    {
        var placed = await app.Client().PostAsJsonAsync("/api/crafts/orders", Order(lines));
        placed.StatusCode.Should().Be(HttpStatusCode.Created, await placed.Content.ReadAsStringAsync());
        var body = await placed.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetGuid(), body.GetProperty("trackingToken").GetString()!);
    }

    /// <summary>Units of a product arrive in the gallery from a batch, as recording a batch does.</summary>
    public static async Task StockAsync(this Workshop workshop, Guid productId, int units, long materialCost = 500_000)
    {
        await using var session = workshop.App.Store.LightweightSession();
        session.Events.Append(StockLedger.IdFor(productId), StockLedger.Produce(productId, workshop.Id, Guid.NewGuid(), units, new Rupiah(materialCost), Guid.NewGuid(), DateTimeOffset.UtcNow));
        await session.SaveChangesAsync();
    }

    public static object Quote(DateOnly readyBy, long shipping = 25_000, params (Guid ProductId, long UnitPrice)[] lines) => new
    {
        lines = lines.Select(l => new { productId = l.ProductId, unitPriceRupiah = l.UnitPrice }).ToArray(),
        shippingRupiah = shipping,
        readyBy = readyBy.ToString("yyyy-MM-dd"),
    };

    public static DateOnly NextWeek(this CraftsApp app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(7);

    public static DateOnly Today(this CraftsApp app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().AddHours(7).UtcDateTime);

    public static async Task QuoteAsync(this Workshop workshop, Guid orderId, long shipping = 25_000)
    {
        var quoted = await workshop.Officer.PostAsJsonAsync($"/api/crafts/orders/{orderId}/quote", Quote(workshop.App.NextWeek(), shipping));
        quoted.StatusCode.Should().Be(HttpStatusCode.NoContent, await quoted.Content.ReadAsStringAsync());
    }

    public static Task<HttpResponseMessage> AcceptAsync(this CraftsApp app, string token) => app.Client().PostAsync($"/api/crafts/orders/track/{token}/accept", null);

    public static async Task<JsonElement> TrackAsync(this CraftsApp app, string token)
    {
        var tracked = await app.Client().GetAsync($"/api/crafts/orders/track/{token}");
        tracked.StatusCode.Should().Be(HttpStatusCode.OK, await tracked.Content.ReadAsStringAsync());
        return await tracked.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<HttpResponseMessage> PayAsync(this Workshop workshop, Guid orderId, long amount) =>
        workshop.Officer.PostAsJsonAsync($"/api/crafts/orders/{orderId}/payment",
            new { amountRupiah = amount, method = "Transfer", reference = "BRI 2026120512345", receivedOn = workshop.App.Today().ToString("yyyy-MM-dd") });

    public static async Task<StockLedger> LedgerAsync(this CraftsApp app, Guid productId)
    {
        await using var session = app.Store.QuerySession();
        return (await session.LoadAsync<StockLedger>(StockLedger.IdFor(productId)))!;
    }
}
