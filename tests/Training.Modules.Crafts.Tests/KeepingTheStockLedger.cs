using FluentAssertions;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Errors;
using Training.Modules.Crafts.Stock;
using Xunit;

namespace Training.Modules.Crafts.Tests;

/// <summary>The stock ledger's decisions: never below zero, holds for orders, oldest batches leave first at their exact cost.</summary>
public sealed class KeepingTheStockLedger
{
    private static readonly Guid Product = Guid.NewGuid();
    private static readonly Guid Officer = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Units_held_for_an_order_cannot_be_sold_at_the_gallery_again()
    {
        var ledger = Ledger((Guid.NewGuid(), 5, 100_000)).Then(l => l.Reserve(4, Guid.NewGuid(), Officer, Now));

        ledger.AvailableAt(StockLedger.Gallery).Should().Be(1);
        FluentActions.Invoking(() => ledger.TakeOut(MovementKind.Sold, StockLedger.Gallery, 2, null, Officer, Now))
            .Should().Throw<RuleBroken>().Which.Code.Should().Be("stock.not-enough");
    }

    [Fact]
    public void A_sale_draws_the_oldest_batch_first_and_a_whole_batch_costs_exactly_its_material_cost()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var ledger = Ledger((first, 3, 100_000), (second, 4, 90_000));

        var sale = ledger.TakeOut(MovementKind.Sold, StockLedger.Gallery, 2, null, Officer, Now);
        var rest = ledger.Apply(sale).TakeOut(MovementKind.Sold, StockLedger.Gallery, 5, null, Officer, Now);

        sale.Drawn.Should().ContainSingle().Which.Should().BeEquivalentTo(new { BatchId = first, Units = 2, MaterialCost = new Rupiah(66_666) });
        rest.Drawn.Select(d => (d.BatchId, d.Units, d.MaterialCost.Amount)).Should().Equal((first, 1, 33_334L), (second, 4, 90_000L));
    }

    [Fact]
    public void Stock_moved_to_an_exhibition_is_sold_there_and_no_longer_at_the_gallery()
    {
        var ledger = Ledger((Guid.NewGuid(), 6, 60_000)).Then(l => l.Move(StockLedger.Gallery, "Pameran Isen Mulang", 4, Officer, Now));

        ledger.OnHandAt("Pameran Isen Mulang").Should().Be(4);
        ledger.AvailableAt(StockLedger.Gallery).Should().Be(2);
        ledger.Then(l => l.TakeOut(MovementKind.Sold, "Pameran Isen Mulang", 4, null, Officer, Now)).Total.Should().Be(2);
    }

    private static StockLedger Ledger(params (Guid Batch, int Quantity, long Cost)[] batches)
    {
        var events = batches.Select(b => StockLedger.Produce(Product, Guid.NewGuid(), b.Batch, b.Quantity, new Rupiah(b.Cost), Officer, Now)).ToList();
        return events.Skip(1).Aggregate(StockLedger.Create(events[0]), (ledger, e) => ledger.Apply(e));
    }
}

internal static class LedgerSteps
{
    public static StockLedger Then(this StockLedger ledger, Func<StockLedger, StockMoved> decide) => ledger.Apply(decide(ledger));
}
