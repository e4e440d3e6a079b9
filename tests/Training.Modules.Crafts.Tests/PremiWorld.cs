using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Training.BuildingBlocks.Contracts;
using Training.Modules.Crafts.Batches;
using Training.Modules.Crafts.Contracts;
using Training.Testing;

namespace Training.Modules.Crafts.Tests;

/// <summary>A maker of the workshop, signed in on the tablet with the PIN she chose.</summary>
internal sealed record Maker(Guid Id, string FullName, string Number, HttpClient Client);

/// <summary>Makers, batches, allocation rules and completed sales for the premi tests.</summary>
internal static class PremiWorld
{
    public static async Task<Maker> MakerAsync(this Workshop workshop, string fullName = "Siti Rahmawati")
    {
        var number = "WB-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var id = await Json.IdAsync(await workshop.Officer.PostAsJsonAsync("/api/learners", new { facilityId = workshop.Id, learnerNumber = number, fullName, pin = People.IssuedPin }));
        return new Maker(id, fullName, number, await workshop.App.LearnerFirstSignInAsync(workshop.Code, number, People.IssuedPin, People.Pin));
    }

    /// <summary>A batch recorded as the batch use case records one (appended here, so these tests do not depend on it).</summary>
    public static async Task<Guid> BatchAsync(this Workshop workshop, Guid productId, long materialCost, params (Guid LearnerId, decimal Share)[] makers)
    {
        var id = Guid.NewGuid();
        await using var session = workshop.App.Store.LightweightSession();
        session.Events.StartStream<Batch>(id, new BatchRecorded(id, workshop.Id, productId, BatchCodes.New(new DateOnly(2026, 11, 2)), 10, new DateOnly(2026, 11, 2),
            new Rupiah(materialCost), [.. makers.Select(m => new MakerShare(m.LearnerId, m.Share))], Guid.NewGuid(), DateTimeOffset.UtcNow));
        await session.SaveChangesAsync();
        return id;
    }

    public static async Task RuleAsync(this Workshop workshop, decimal premi, decimal pnbp, decimal capital, DateOnly? effectiveFrom = null)
    {
        var admin = await workshop.App.AdminAsync();
        var set = await admin.PutAsJsonAsync($"/api/crafts/allocation-rules/{workshop.Id}", new
        {
            premiPercent = premi, pnbpPercent = pnbp, capitalPercent = capital, effectiveFrom = effectiveFrom ?? new DateOnly(2026, 1, 1),
            legalBasis = "Keputusan Kepala Kantor Wilayah tentang pembagian hasil kegiatan kerja",
        });
        set.StatusCode.Should().Be(HttpStatusCode.OK, await set.Content.ReadAsStringAsync());
    }

    /// <summary>A completed sale of units from one batch, as the sales and orders use cases report one.</summary>
    public static SaleCompletedIntegrationEvent Sale(this Workshop workshop, Guid productId, Guid batchId, int units, long unitPrice, long materialCost, DateTimeOffset? at = null) =>
        new(Guid.NewGuid(), workshop.Id, SaleChannel.Bazaar, at ?? DateTimeOffset.UtcNow,
            [new SoldLine(productId, "Weaving", units, new Rupiah(unitPrice), [new SoldFromBatch(batchId, units, new Rupiah(materialCost))])]);

    /// <summary>Appends the sale's integration event exactly as its module would; the relay delivers it.</summary>
    public static async Task CompleteAsync(this CraftsApp app, SaleCompletedIntegrationEvent sale)
    {
        await using var session = app.Store.LightweightSession();
        session.Events.StartStream(Guid.NewGuid(), sale);
        await session.SaveChangesAsync();
    }

    public static async Task<JsonElement> PremiAsync(this Maker maker)
    {
        var response = await maker.Client.GetAsync("/api/me/premi");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static long Balance(this JsonElement premi) => premi.GetProperty("balanceRupiah").GetInt64();

    public static int Entries(this JsonElement premi) => premi.GetProperty("entries").GetArrayLength();

    /// <summary>Waits for the relay to credit the maker until her balance is <paramref name="balance"/>.</summary>
    public static Task<JsonElement> BalanceBecomesAsync(this Maker maker, long balance) =>
        Eventually.Until(maker.PremiAsync, p => p.Balance() == balance);
}

/// <summary>Products the premi tests sell.</summary>
internal static class PremiProducts
{
    public static async Task<Guid> PublishedProductWithBrandAsync(this Workshop workshop)
    {
        await workshop.BrandAsync();
        return await workshop.PublishedProductAsync();
    }
}
