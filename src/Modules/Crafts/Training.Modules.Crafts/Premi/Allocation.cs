using Training.BuildingBlocks;
using Training.BuildingBlocks.Contracts;
using Training.Modules.Crafts.Contracts;

namespace Training.Modules.Crafts.Premi;

/// <summary>
/// How one completed sale's profit was divided, once: its stream is started by the first delivery of the sale,
/// so a repeated delivery finds it and does nothing. A sale with no rule in force on its day waits here,
/// "not yet allocated", until a platform admin sets one.
/// </summary>
internal sealed record Allocation(
    Guid Id,
    Guid SaleId,
    Guid FacilityId,
    DateTimeOffset CompletedAt,
    SaleCompletedIntegrationEvent? Waiting,
    AllocationShares? Shares,
    IReadOnlyList<AllocatedBatch> Batches)
{
    public static Guid IdFor(Guid saleId) => StableGuid.From($"crafts-allocation:{saleId}");

    public static Allocation Create(SaleAwaitingRule e) => new(e.AllocationId, e.Sale.SaleId, e.Sale.FacilityId, e.Sale.CompletedAt, e.Sale, null, []);

    public static Allocation Create(SaleAllocated e) => new(e.AllocationId, e.SaleId, e.FacilityId, e.CompletedAt, null, e.Shares, e.Batches);

    public Allocation Apply(SaleAllocated e) => this with { Waiting = null, Shares = e.Shares, Batches = e.Batches };

    public bool Allocated => Shares is not null;

    public Rupiah Pnbp => Rupiah.Sum(Batches.Select(b => b.Pnbp));
}

/// <summary>Units of one batch in a sale: what they brought, their material cost, the profit and its three shares, and each maker's premi.</summary>
internal sealed record AllocatedBatch(
    Guid ProductId,
    Guid BatchId,
    int Units,
    Rupiah Amount,
    Rupiah MaterialCost,
    Rupiah Profit,
    Rupiah Premi,
    Rupiah Pnbp,
    Rupiah Capital,
    IReadOnlyList<MakerPremi> Makers);

internal sealed record MakerPremi(Guid LearnerId, Rupiah Amount);

internal sealed record SaleAwaitingRule(Guid AllocationId, SaleCompletedIntegrationEvent Sale, DateTimeOffset At);

internal sealed record SaleAllocated(
    Guid AllocationId,
    Guid SaleId,
    Guid FacilityId,
    DateTimeOffset CompletedAt,
    AllocationShares Shares,
    DateOnly RuleFrom,
    IReadOnlyList<AllocatedBatch> Batches,
    DateTimeOffset At);
