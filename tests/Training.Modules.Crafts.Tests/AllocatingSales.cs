using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Training.Modules.Crafts.Premi;
using Training.Testing;
using Xunit;

namespace Training.Modules.Crafts.Tests;

/// <summary>Each completed sale's profit is divided once, by the rule in force on its day, into the makers' premi ledgers.</summary>
public sealed class AllocatingSales(CraftsApp app) : IClassFixture<CraftsApp>
{
    [Fact]
    public async Task A_sale_delivered_twice_is_allocated_once_and_the_makers_share_the_premi_by_contribution()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.RuleAsync(50, 40, 10);
        var siti = await workshop.MakerAsync("Siti Rahmawati");
        var dewi = await workshop.MakerAsync("Dewi Lestari");
        var productId = await workshop.PublishedProductWithBrandAsync();
        var batchId = await workshop.BatchAsync(productId, 300_000, (siti.Id, 2), (dewi.Id, 1));
        var sale = workshop.Sale(productId, batchId, units: 2, unitPrice: 150_000, materialCost: 60_000);

        await app.CompleteAsync(sale);
        await app.CompleteAsync(sale);

        // Profit 300.000 − 60.000 = 240.000; premi 50 % = 120.000, shared 2 : 1.
        var mine = await siti.BalanceBecomesAsync(80_000);
        (await dewi.BalanceBecomesAsync(40_000)).Entries().Should().Be(1);
        mine.GetProperty("entries")[0].GetProperty("productTitle").GetString().Should().Be("Tas Purun Anyaman");
        await using var session = app.Store.QuerySession();
        var allocation = await Eventually.Until(() => session.LoadAsync<Allocation>(Allocation.IdFor(sale.SaleId)), a => a is { Allocated: true });
        allocation!.Batches.Single().Pnbp.Amount.Should().Be(96_000);
        await Task.Delay(500);
        (await siti.PremiAsync()).Entries().Should().Be(1);
        (await session.Events.FetchStreamAsync(PremiLedger.IdFor(siti.Id))).Count(e => e.Data is PremiCredited).Should().Be(1);
    }

    [Fact]
    public async Task A_sale_without_a_rule_in_force_waits_and_is_allocated_when_a_rule_is_set_for_its_day()
    {
        var workshop = await Workshop.CreateAsync(app);
        var siti = await workshop.MakerAsync();
        var productId = await workshop.PublishedProductWithBrandAsync();
        var batchId = await workshop.BatchAsync(productId, 100_000, (siti.Id, 1));
        var sale = workshop.Sale(productId, batchId, units: 1, unitPrice: 100_000, materialCost: 10_000, at: new DateTimeOffset(2026, 3, 31, 18, 0, 0, TimeSpan.Zero));

        await app.CompleteAsync(sale);
        await Eventually.Until(() => workshop.Officer.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/crafts/premi"),
            p => p.GetProperty("salesAwaitingRule").GetInt32() == 1);
        // 18:00 UTC on 31 March is 1 April in Jakarta: a rule from 1 April applies, in the facility's zone.
        await workshop.RuleAsync(30, 60, 10, new DateOnly(2026, 4, 1));

        await siti.BalanceBecomesAsync(27_000);
        await workshop.RuleAsync(90, 5, 5, new DateOnly(2026, 1, 1));
        await Task.Delay(500);
        (await siti.PremiAsync()).Balance().Should().Be(27_000, "a rule set later never changes an allocation made");
    }

    [Theory]
    [InlineData(50, 40, 5)]
    [InlineData(-10, 100, 10)]
    [InlineData(33.333, 33.333, 33.334)]
    public async Task A_rule_whose_percents_do_not_make_exactly_100_is_refused(double premi, double pnbp, double capital)
    {
        var workshop = await Workshop.CreateAsync(app);
        var admin = await app.AdminAsync();

        var refused = await admin.PutAsJsonAsync($"/api/crafts/allocation-rules/{workshop.Id}", new
        {
            premiPercent = premi, pnbpPercent = pnbp, capitalPercent = capital, effectiveFrom = "2026-01-01", legalBasis = "Keputusan Kepala Kantor Wilayah",
        });

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/crafts/allocation-rules/{workshop.Id}")).GetProperty("rules").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Officers_read_their_facilitys_rules_and_another_facilitys_officer_is_told_it_does_not_exist()
    {
        var workshop = await Workshop.CreateAsync(app);
        var other = await Workshop.CreateAsync(app, "Lapas Perempuan Sampit");
        await workshop.RuleAsync(45.5m, 44.5m, 10);

        var rules = await workshop.Officer.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/crafts/allocation-rules/{workshop.Id}");

        rules.GetProperty("rules")[0].GetProperty("premiPercent").GetDecimal().Should().Be(45.5m);
        (await other.Officer.GetAsync($"/api/crafts/allocation-rules/{workshop.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await workshop.Officer.PutAsJsonAsync($"/api/crafts/allocation-rules/{workshop.Id}", new { })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
