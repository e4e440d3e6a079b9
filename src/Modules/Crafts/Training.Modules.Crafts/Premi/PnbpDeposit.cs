using Training.BuildingBlocks.Contracts;

namespace Training.Modules.Crafts.Premi;

/// <summary>The facility paid the state's non-tax revenue (PNBP) in: with its reference, to reconcile against the PNBP shares allocated.</summary>
internal sealed record PnbpDeposit(Guid Id, Guid FacilityId, Rupiah Amount, string Reference, DateOnly DepositedOn, Guid RecordedBy, DateTimeOffset RecordedAt)
{
    public static PnbpDeposit Create(PnbpDeposited e) => new(e.DepositId, e.FacilityId, e.Amount, e.Reference, e.DepositedOn, e.By, e.At);
}

internal sealed record PnbpDeposited(Guid DepositId, Guid FacilityId, Rupiah Amount, string Reference, DateOnly DepositedOn, Guid By, DateTimeOffset At);
