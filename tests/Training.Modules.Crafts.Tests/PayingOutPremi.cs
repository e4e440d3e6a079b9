using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Training.Modules.Crafts.Contracts;
using Training.Modules.Crafts.Premi;
using Training.Testing;
using Xunit;

namespace Training.Modules.Crafts.Tests;

/// <summary>Payouts are recorded by one officer, confirmed by a second, and never above what the maker has.</summary>
public sealed class PayingOutPremi(CraftsApp app) : IClassFixture<CraftsApp>
{
    [Fact]
    public async Task The_officer_who_recorded_a_payout_cannot_confirm_it_and_a_second_officer_can()
    {
        var (workshop, maker) = await MakerWithPremiAsync(100_000);

        var id = await Json.IdAsync(await workshop.Officer.PostAsJsonAsync("/api/crafts/payouts", Payout(maker.Id, 60_000)));
        var refused = await workshop.Officer.PostAsync($"/api/crafts/payouts/{id}/confirm", null);
        var confirmed = await workshop.SecondOfficer.PostAsync($"/api/crafts/payouts/{id}/confirm", null);

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Json.CodeAsync(refused)).Should().Be("premi.payout.same-officer");
        confirmed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await maker.PremiAsync()).Balance().Should().Be(40_000);
        await using var session = app.Store.QuerySession();
        (await session.Events.FetchStreamAsync(PremiLedger.IdFor(maker.Id))).Select(e => e.Data).OfType<PremiPaidOutIntegrationEvent>()
            .Should().ContainSingle(e => e.PayoutId == id && e.Amount.Amount == 60_000 && e.Method == "SavingsAccount");
    }

    [Fact]
    public async Task A_payout_above_the_balance_less_the_payouts_awaiting_confirmation_is_refused()
    {
        var (workshop, maker) = await MakerWithPremiAsync(100_000);

        var above = await workshop.Officer.PostAsJsonAsync("/api/crafts/payouts", Payout(maker.Id, 100_001));
        await Json.IdAsync(await workshop.Officer.PostAsJsonAsync("/api/crafts/payouts", Payout(maker.Id, 70_000)));
        var overWaiting = await workshop.SecondOfficer.PostAsJsonAsync("/api/crafts/payouts", Payout(maker.Id, 30_001));
        var rest = await workshop.SecondOfficer.PostAsJsonAsync("/api/crafts/payouts", Payout(maker.Id, 30_000));

        above.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Json.CodeAsync(above)).Should().Be("premi.payout.above-balance");
        (await Json.CodeAsync(overWaiting)).Should().Be("premi.payout.above-balance");
        rest.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Another_facilitys_officer_can_neither_record_nor_confirm_a_payout_of_the_maker()
    {
        var (workshop, maker) = await MakerWithPremiAsync(50_000);
        var other = await Workshop.CreateAsync(app, "Lapas Perempuan Sampit");
        var id = await Json.IdAsync(await workshop.Officer.PostAsJsonAsync("/api/crafts/payouts", Payout(maker.Id, 50_000)));

        (await other.Officer.PostAsJsonAsync("/api/crafts/payouts", Payout(maker.Id, 10_000))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.Officer.PostAsync($"/api/crafts/payouts/{id}/confirm", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await maker.PremiAsync()).Balance().Should().Be(50_000);
    }

    [Fact]
    public async Task A_waiting_payout_cancelled_with_a_reason_frees_her_balance_and_can_no_longer_be_confirmed()
    {
        var (workshop, maker) = await MakerWithPremiAsync(80_000);
        var id = await Json.IdAsync(await workshop.Officer.PostAsJsonAsync("/api/crafts/payouts", Payout(maker.Id, 80_000)));

        var withoutReason = await workshop.Officer.PostAsJsonAsync($"/api/crafts/payouts/{id}/cancel", new { reason = " " });
        var elsewhere = await (await Workshop.CreateAsync(app, "Lapas Perempuan Sampit")).Officer
            .PostAsJsonAsync($"/api/crafts/payouts/{id}/cancel", new { reason = "Salah" });
        var cancelled = await workshop.Officer.PostAsJsonAsync($"/api/crafts/payouts/{id}/cancel", new { reason = "Nomor rekening salah" });
        var confirmed = await workshop.SecondOfficer.PostAsync($"/api/crafts/payouts/{id}/confirm", null);
        var again = await workshop.SecondOfficer.PostAsJsonAsync("/api/crafts/payouts", Payout(maker.Id, 80_000));

        withoutReason.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        elsewhere.StatusCode.Should().Be(HttpStatusCode.NotFound);
        cancelled.StatusCode.Should().Be(HttpStatusCode.NoContent);
        confirmed.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Json.CodeAsync(confirmed)).Should().Be("premi.payout.cancelled");
        again.StatusCode.Should().Be(HttpStatusCode.Created, "the cancelled amount is hers to pay out again");
        var mine = await maker.PremiAsync();
        mine.Balance().Should().Be(80_000);
        mine.GetProperty("entries").EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "Payout").Should().Be(1, "she sees the new payout, not the cancelled one");
    }

    [Fact]
    public async Task A_confirmed_payout_cannot_be_cancelled()
    {
        var (workshop, maker) = await MakerWithPremiAsync(30_000);
        var id = await Json.IdAsync(await workshop.Officer.PostAsJsonAsync("/api/crafts/payouts", Payout(maker.Id, 30_000)));
        (await workshop.SecondOfficer.PostAsync($"/api/crafts/payouts/{id}/confirm", null)).EnsureSuccessStatusCode();

        var refused = await workshop.Officer.PostAsJsonAsync($"/api/crafts/payouts/{id}/cancel", new { reason = "Terlambat" });

        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Json.CodeAsync(refused)).Should().Be("premi.payout.confirmed");
        (await maker.PremiAsync()).Balance().Should().Be(0);
    }

    [Theory]
    [InlineData(0L, "SavingsAccount", "BRI 123")]
    [InlineData(10_000L, "Bitcoin", "x")]
    [InlineData(10_000L, "Card", "")]
    public async Task A_payout_without_an_amount_a_known_method_or_a_transfers_reference_is_refused(long amount, string method, string reference)
    {
        var (workshop, maker) = await MakerWithPremiAsync(50_000);

        var refused = await workshop.Officer.PostAsJsonAsync("/api/crafts/payouts", new { learnerId = maker.Id, amountRupiah = amount, method, reference });

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await workshop.Officer.GetFromJsonAsync<JsonElement>("/api/crafts/premi")).GetProperty("awaitingPayouts").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_maker_released_with_premi_unpaid_is_on_the_officers_to_do_list_until_it_is_paid_out()
    {
        var (workshop, maker) = await MakerWithPremiAsync(25_000);

        (await workshop.Officer.PostAsync($"/api/learners/{maker.Id}/release", null)).EnsureSuccessStatusCode();

        await Eventually.Until(() => TaskKindsAsync(workshop.Officer), k => k.Contains("crafts.premi-unpaid-at-release"));
        var id = await Json.IdAsync(await workshop.Officer.PostAsJsonAsync("/api/crafts/payouts", new { learnerId = maker.Id, amountRupiah = 25_000, method = "CashAtRelease", reference = "" }));
        (await TaskKindsAsync(workshop.SecondOfficer)).Should().Contain("crafts.payouts-to-confirm");
        (await workshop.SecondOfficer.PostAsync($"/api/crafts/payouts/{id}/confirm", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await TaskKindsAsync(workshop.Officer)).Should().NotContain("crafts.premi-unpaid-at-release");
    }

    [Fact]
    public async Task PNBP_deposits_are_reconciled_against_the_PNBP_allocated()
    {
        var (workshop, _) = await MakerWithPremiAsync(100_000);

        (await workshop.Officer.PostAsJsonAsync("/api/crafts/pnbp-deposits", new { amountRupiah = 30_000, reference = "NTPN 0A1B2C3D4E5F6G7H", depositedOn = "2026-11-30" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        var page = await workshop.Officer.GetFromJsonAsync<JsonElement>("/api/crafts/premi");
        page.GetProperty("pnbpAllocatedRupiah").GetInt64().Should().Be(80_000);
        page.GetProperty("pnbpDepositedRupiah").GetInt64().Should().Be(30_000);
        page.GetProperty("pnbpOutstandingRupiah").GetInt64().Should().Be(50_000);
    }

    private static object Payout(Guid learnerId, long amount) => new { learnerId, amountRupiah = amount, method = "SavingsAccount", reference = "BRI Simpanan 0123-01-000999" };

    private static async Task<IReadOnlyList<string>> TaskKindsAsync(HttpClient officer) =>
        [.. (await officer.GetFromJsonAsync<JsonElement>("/api/me/tasks")).EnumerateArray().Select(t => t.GetProperty("kind").GetString()!)];

    /// <summary>A maker whose only batch sold once for a profit of 200.000 with premi at 50 %, PNBP at 40 %; all premi hers.</summary>
    private async Task<(Workshop, Maker)> MakerWithPremiAsync(long premi)
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.RuleAsync(50, 40, 10);
        var maker = await workshop.MakerAsync();
        var productId = await workshop.PublishedProductWithBrandAsync();
        var batchId = await workshop.BatchAsync(productId, 100_000, (maker.Id, 1));
        await app.CompleteAsync(workshop.Sale(productId, batchId, units: 1, unitPrice: 2 * premi, materialCost: 0));
        await maker.BalanceBecomesAsync(premi);
        return (workshop, maker);
    }
}
