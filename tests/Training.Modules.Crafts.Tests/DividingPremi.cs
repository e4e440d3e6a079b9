using FluentAssertions;
using Training.BuildingBlocks.Contracts;
using Training.Modules.Crafts.Batches;
using Training.Modules.Crafts.Contracts;
using Training.Modules.Crafts.Premi;
using Xunit;

namespace Training.Modules.Crafts.Tests;

/// <summary>The division of a sale's profit, in whole rupiah, that always sums exactly.</summary>
public sealed class DividingPremi
{
    [Fact]
    public void Over_ten_thousand_random_sales_and_rules_every_split_sums_exactly_and_nothing_is_negative()
    {
        var random = new Random(20_261_206);
        for (var sale = 0; sale < 10_000; sale++)
        {
            var shares = RandomShares(random);
            var makers = new Dictionary<Guid, IReadOnlyList<MakerShare>>();
            var lines = Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
            {
                var batches = Enumerable.Range(0, random.Next(1, 3)).Select(_ =>
                {
                    var batchId = Guid.NewGuid();
                    makers[batchId] = [.. Enumerable.Range(0, random.Next(1, 6)).Select(_ => new MakerShare(Guid.NewGuid(), RandomShare(random)))];
                    return new SoldFromBatch(batchId, random.Next(1, 20), new Rupiah(random.NextInt64(0, 2_000_000)));
                }).ToList();
                return new SoldLine(Guid.NewGuid(), "Weaving", batches.Sum(b => b.Units), new Rupiah(random.NextInt64(1, 500_000)), batches);
            }).ToList();

            var divided = Allocating.Divide(new SaleCompletedIntegrationEvent(Guid.NewGuid(), Guid.NewGuid(), SaleChannel.Bazaar, DateTimeOffset.UtcNow, lines), shares, b => makers[b]);

            foreach (var part in divided)
            {
                var line = lines.Single(l => l.Batches.Any(b => b.BatchId == part.BatchId));
                part.Profit.Amount.Should().Be(Math.Max(0, line.UnitPrice.Amount * part.Units - part.MaterialCost.Amount));
                (part.Premi + part.Pnbp + part.Capital).Should().Be(part.Profit);
                Rupiah.Sum(part.Makers.Select(m => m.Amount)).Should().Be(part.Premi);
                new[] { part.Premi, part.Pnbp, part.Capital }.Concat(part.Makers.Select(m => m.Amount)).Should().OnlyContain(r => !r.IsNegative);
            }
        }
    }

    [Fact]
    public void The_rupiah_left_over_go_to_the_largest_remainders_and_a_tie_to_the_earlier_share()
    {
        LargestRemainder.Split(new Rupiah(100), [1m, 1m, 1m]).Select(r => r.Amount).Should().Equal(34, 33, 33);
        LargestRemainder.Split(new Rupiah(10), [33.33m, 33.33m, 33.34m]).Select(r => r.Amount).Should().Equal(3, 3, 4);
        LargestRemainder.Split(new Rupiah(7), [0.5m, 2m]).Select(r => r.Amount).Should().Equal(1, 6);
    }

    [Fact]
    public void A_tie_between_makers_goes_the_same_way_whatever_order_the_batch_lists_them_in()
    {
        var (first, second) = (Guid.Parse("10000000-0000-0000-0000-000000000000"), Guid.Parse("20000000-0000-0000-0000-000000000000"));
        var batchId = Guid.NewGuid();
        var sale = new SaleCompletedIntegrationEvent(Guid.NewGuid(), Guid.NewGuid(), SaleChannel.Order, DateTimeOffset.UtcNow,
            [new SoldLine(Guid.NewGuid(), "Weaving", 1, new Rupiah(101), [new SoldFromBatch(batchId, 1, Rupiah.Zero)])]);
        var shares = new AllocationShares(100, 0, 0);

        var one = Allocating.Divide(sale, shares, _ => [new MakerShare(second, 1), new MakerShare(first, 1)]).Single().Makers;
        var other = Allocating.Divide(sale, shares, _ => [new MakerShare(first, 1), new MakerShare(second, 1)]).Single().Makers;

        one.Should().Equal(other);
        one.Should().Equal(new MakerPremi(first, new Rupiah(51)), new MakerPremi(second, new Rupiah(50)));
    }

    [Fact]
    public void Units_sold_below_their_material_cost_make_no_profit_and_no_negative_share()
    {
        var batchId = Guid.NewGuid();
        var sale = new SaleCompletedIntegrationEvent(Guid.NewGuid(), Guid.NewGuid(), SaleChannel.Bazaar, DateTimeOffset.UtcNow,
            [new SoldLine(Guid.NewGuid(), "Weaving", 2, new Rupiah(50_000), [new SoldFromBatch(batchId, 2, new Rupiah(120_000))])]);

        var part = Allocating.Divide(sale, new AllocationShares(50, 40, 10), _ => [new MakerShare(Guid.NewGuid(), 1)]).Single();

        part.Profit.Should().Be(Rupiah.Zero);
        part.Makers.Should().OnlyContain(m => m.Amount == Rupiah.Zero);
    }

    /// <summary>Percents with up to two decimals that sum to 100, one of them sometimes zero.</summary>
    private static AllocationShares RandomShares(Random random)
    {
        var premi = random.Next(0, 10_001);
        var pnbp = random.Next(0, 10_001 - premi);
        return new AllocationShares(premi / 100m, pnbp / 100m, (10_000 - premi - pnbp) / 100m);
    }

    /// <summary>Units made (whole) or hours worked (with a fraction).</summary>
    private static decimal RandomShare(Random random) => random.Next(2) == 0 ? random.Next(1, 30) : random.Next(1, 4000) / 100m;
}
