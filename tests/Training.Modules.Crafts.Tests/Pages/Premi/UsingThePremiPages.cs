using System.Net;
using FluentAssertions;
using Xunit;

namespace Training.Modules.Crafts.Tests.Pages.Premi;

/// <summary>The maker, the officers and the admin do their premi work on the pages, in plain Indonesian.</summary>
public sealed class UsingThePremiPages(CraftsApp app) : IClassFixture<CraftsApp>
{
    [Fact]
    public async Task The_maker_sees_her_premi_line_and_balance_and_the_officers_pay_it_out_with_four_eyes()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.RuleAsync(50, 40, 10);
        var siti = await workshop.MakerAsync("Siti Rahmawati");
        var productId = await workshop.PublishedProductWithBrandAsync();
        var batchId = await workshop.BatchAsync(productId, 100_000, (siti.Id, 1));
        await app.CompleteAsync(workshop.Sale(productId, batchId, units: 2, unitPrice: 150_000, materialCost: 100_000));
        await siti.BalanceBecomesAsync(100_000);

        var mine = await (await siti.Client.GetAsync("/premi")).TextAsync();
        var recorded = await workshop.Officer.PostFormAsync("/crafts/premi", "/crafts/premi?handler=Payout",
            ("Payout.LearnerId", siti.Id.ToString()), ("Payout.Amount", "40000"), ("Payout.Method", "CashAtRelease"), ("Payout.Reference", ""));
        var officerPage = await (await workshop.Officer.GetAsync("/crafts/premi")).TextAsync();
        var secondPage = await (await workshop.SecondOfficer.GetAsync("/crafts/premi")).TextAsync();

        mine.Should().Contain("Karya & premi saya").And.Contain("Rp 100.000").And.Contain("terjual 2 buah Tas Purun Anyaman");
        recorded.StatusCode.Should().Be(HttpStatusCode.Redirect);
        officerPage.Should().Contain("Siti Rahmawati").And.Contain("Anda yang mencatat").And.Contain("Bagian PNBP dari penjualan");
        secondPage.Should().Contain("Konfirmasi");
    }

    [Fact]
    public async Task The_maker_sets_an_alias_on_the_page_only_with_consent()
    {
        var workshop = await Workshop.CreateAsync(app);
        var siti = await workshop.MakerAsync("Siti Rahmawati");

        var unconsented = await siti.Client.PostFormAsync("/premi", "/premi", ("Alias", "Anyaman Senja"));
        var consented = await siti.Client.PostFormAsync("/premi", "/premi", ("Alias", "Anyaman Senja"), ("Consent", "true"));

        unconsented.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await unconsented.TextAsync()).Should().Contain("Nama samaran hanya dipakai dengan persetujuan Anda");
        consented.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await (await siti.Client.GetAsync("/premi")).TextAsync()).Should().Contain("Karya Anda ditampilkan dengan nama samaran: Anyaman Senja.");
    }

    [Fact]
    public async Task The_admin_sets_a_rule_on_the_page_and_a_rule_not_summing_to_100_is_shown_again()
    {
        var workshop = await Workshop.CreateAsync(app);
        var admin = await app.AdminAsync();

        var refused = await admin.PostFormAsync("/crafts/allocation-rules", "/crafts/allocation-rules", ("Rule.FacilityId", workshop.Id.ToString()),
            ("Rule.PremiPercent", "50"), ("Rule.PnbpPercent", "40"), ("Rule.CapitalPercent", "5"), ("Rule.EffectiveFrom", "2026-01-01"), ("Rule.LegalBasis", "Keputusan Kakanwil"));
        var set = await admin.PostFormAsync("/crafts/allocation-rules", "/crafts/allocation-rules", ("Rule.FacilityId", workshop.Id.ToString()),
            ("Rule.PremiPercent", "50.5"), ("Rule.PnbpPercent", "39.5"), ("Rule.CapitalPercent", "10"), ("Rule.EffectiveFrom", "2026-01-01"), ("Rule.LegalBasis", "Keputusan Kakanwil"));

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.TextAsync()).Should().Contain("berjumlah tepat 100 persen");
        set.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await (await admin.GetAsync("/crafts/allocation-rules")).TextAsync()).Should().Contain("premi 50,5%").And.Contain("Keputusan Kakanwil");
    }
}
