using Training.BuildingBlocks.Contracts;
using Training.Modules.Crafts.Batches;
using Training.Modules.Crafts.Contracts;

namespace Training.Modules.Crafts.Premi;

/// <summary>
/// The division of a sale, decided without a database: per sold line and batch, the profit is the goods' amount
/// (unit price times units, never shipping) less those units' material cost, and nothing when that is negative.
/// The profit is split by the rule's shares, and the premi share among the batch's makers by their contribution
/// (ordered by learner, so that a tie always goes the same way), both by largest remainder in whole rupiah.
/// </summary>
internal static class Allocating
{
    public static IReadOnlyList<AllocatedBatch> Divide(SaleCompletedIntegrationEvent sale, AllocationShares shares, Func<Guid, IReadOnlyList<MakerShare>> makersOf) =>
        [.. sale.Lines.SelectMany(line => line.Batches.Select(from => Divide(line, from, shares, makersOf(from.BatchId))))];

    private static AllocatedBatch Divide(SoldLine line, SoldFromBatch from, AllocationShares shares, IReadOnlyList<MakerShare> makers)
    {
        var amount = line.UnitPrice * from.Units;
        var profit = amount > from.MaterialCost ? amount - from.MaterialCost : Rupiah.Zero;
        var split = LargestRemainder.Split(profit, shares.Weights);
        var contributions = makers.Where(m => m.Share > 0)
            .GroupBy(m => m.LearnerId)
            .Select(g => new MakerShare(g.Key, g.Sum(m => m.Share)))
            .OrderBy(m => m.LearnerId)
            .ToList();
        IReadOnlyList<MakerPremi> premi = contributions.Count == 0
            ? []
            : [.. LargestRemainder.Split(split[0], [.. contributions.Select(m => m.Share)]).Select((part, i) => new MakerPremi(contributions[i].LearnerId, part))];
        return new AllocatedBatch(line.ProductId, from.BatchId, from.Units, amount, from.MaterialCost, profit, split[0], split[1], split[2], premi);
    }
}
