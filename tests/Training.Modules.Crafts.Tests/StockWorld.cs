using System.Net.Http.Json;
using Training.Testing;

namespace Training.Modules.Crafts.Tests;

/// <summary>Learners, batches and sales for the stock and bazaar tests.</summary>
internal static class StockWorld
{
    public static async Task<Guid> LearnerAsync(this Workshop workshop)
    {
        var number = "WB-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        return await Json.IdAsync(await workshop.Officer.PostAsJsonAsync("/api/learners",
            new { facilityId = workshop.Id, learnerNumber = number, fullName = "Siti Rahmawati", pin = People.IssuedPin }));
    }

    public static object Batch(Guid productId, int quantity, long materialCost, params Guid[] makers) => new
    {
        productId, quantity, producedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), materialCostRupiah = materialCost,
        makers = makers.Select(m => new { learnerId = m, share = 1 }).ToArray(),
    };

    public static async Task<Guid> BatchAsync(this Workshop workshop, Guid productId, int quantity, long materialCost = 300_000)
    {
        var maker = await workshop.LearnerAsync();
        return await Json.IdAsync(await workshop.Trainer.PostAsJsonAsync("/api/crafts/batches", Batch(productId, quantity, materialCost, maker)));
    }

    public static object Sale(Guid productId, int quantity, long unitPrice = 150_000, string? location = null, string method = "Cash") => new
    {
        location, method, reference = "Bazar Desember", lines = new[] { new { productId, quantity, unitPriceRupiah = unitPrice } },
    };
}
