using Training.BuildingBlocks;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Errors;

namespace Training.Modules.Crafts.Premi;

/// <summary>How premi is handed to a maker: to her savings account, to her card, or in cash when she is released.</summary>
internal enum PayoutMethod
{
    SavingsAccount,
    Card,
    CashAtRelease,
}

/// <summary>
/// A maker's append-only premi ledger: a line for each sale of what she made, and her payouts. A payout is recorded
/// by one officer and counts only once a second officer confirms it; while it waits, it is held from her balance,
/// so no two payouts together ever exceed what she has.
/// </summary>
internal sealed record PremiLedger(Guid Id, Guid LearnerId, Guid FacilityId, IReadOnlyList<PremiLine> Lines, IReadOnlyList<Payout> Payouts, DateTimeOffset? ReleasedAt)
{
    public static Guid IdFor(Guid learnerId) => StableGuid.From($"crafts-premi:{learnerId}");

    public static PremiLedger Create(PremiCredited e) => new(e.LedgerId, e.LearnerId, e.FacilityId, [e.Line], [], null);

    public PremiLedger Apply(PremiCredited e) => this with { Lines = [.. Lines, e.Line] };

    public PremiLedger Apply(PayoutRecorded e) => this with { Payouts = [.. Payouts, e.Payout] };

    public PremiLedger Apply(PayoutConfirmed e) =>
        this with { Payouts = [.. Payouts.Select(p => p.Id == e.PayoutId ? p with { ConfirmedBy = e.By, ConfirmedAt = e.At } : p)] };

    public PremiLedger Apply(PayoutCancelled e) =>
        this with { Payouts = [.. Payouts.Select(p => p.Id == e.PayoutId ? p with { CancelledAt = e.At, CancelReason = e.Reason } : p)] };

    public PremiLedger Apply(MakerReleased e) => this with { FacilityId = e.FacilityId, ReleasedAt = e.At };

    public Rupiah Credited => Rupiah.Sum(Lines.Select(l => l.Amount));

    public Rupiah PaidOut => Rupiah.Sum(Payouts.Where(p => p.Confirmed).Select(p => p.Amount));

    public Rupiah Awaiting => Rupiah.Sum(Payouts.Where(p => p.Waiting).Select(p => p.Amount));

    /// <summary>What is hers and not yet handed over.</summary>
    public Rupiah Balance => Credited - PaidOut;

    /// <summary>What a new payout may take: the balance less the payouts awaiting confirmation.</summary>
    public Rupiah Available => Balance - Awaiting;

    /// <summary>A learner with no ledger yet has nothing to pay out.</summary>
    public static PayoutRecorded RecordPayout(PremiLedger? ledger, Guid learnerId, Payout payout) =>
        payout.Amount <= (ledger?.Available ?? Rupiah.Zero)
            ? new PayoutRecorded(IdFor(learnerId), learnerId, payout)
            : throw new RuleBroken("premi.payout.above-balance");

    /// <summary>The four-eyes rule: whoever recorded a payout may not confirm it.</summary>
    public PayoutConfirmed Confirm(Guid payoutId, Guid by, DateTimeOffset at)
    {
        var payout = Waiting(payoutId);
        return payout.RecordedBy == by ? throw new RuleBroken("premi.payout.same-officer") : new PayoutConfirmed(Id, payoutId, by, at);
    }

    /// <summary>A payout recorded by mistake is cancelled, with its reason, before anyone confirms it; either officer may.</summary>
    public PayoutCancelled Cancel(Guid payoutId, string reason, Guid by, DateTimeOffset at) => new(Id, Waiting(payoutId).Id, reason, by, at);

    private Payout Waiting(Guid payoutId)
    {
        var payout = Payouts.Single(p => p.Id == payoutId);
        return payout switch
        {
            { Confirmed: true } => throw new RuleBroken("premi.payout.confirmed", isConflict: true),
            { CancelledAt: not null } => throw new RuleBroken("premi.payout.cancelled", isConflict: true),
            _ => payout,
        };
    }
}

/// <summary>One sale's premi for her: which batch and product, how many of its units sold then, and her part.</summary>
internal sealed record PremiLine(Guid SaleId, Guid BatchId, string BatchCode, Guid ProductId, string ProductTitle, int Units, Rupiah Amount, DateTimeOffset SoldAt);

internal sealed record Payout(
    Guid Id,
    Guid FacilityId,
    Rupiah Amount,
    PayoutMethod Method,
    string Reference,
    Guid RecordedBy,
    DateTimeOffset RecordedAt,
    Guid? ConfirmedBy = null,
    DateTimeOffset? ConfirmedAt = null,
    DateTimeOffset? CancelledAt = null,
    string? CancelReason = null)
{
    public bool Confirmed => ConfirmedAt is not null;

    /// <summary>Recorded, neither confirmed nor cancelled: held from her balance.</summary>
    public bool Waiting => ConfirmedAt is null && CancelledAt is null;
}

internal sealed record PremiCredited(Guid LedgerId, Guid LearnerId, Guid FacilityId, PremiLine Line, DateTimeOffset At);

internal sealed record PayoutRecorded(Guid LedgerId, Guid LearnerId, Payout Payout);

internal sealed record PayoutConfirmed(Guid LedgerId, Guid PayoutId, Guid By, DateTimeOffset At);

internal sealed record PayoutCancelled(Guid LedgerId, Guid PayoutId, string Reason, Guid By, DateTimeOffset At);

/// <summary>She was released with this ledger open: its balance is now on her last facility's to-do list until paid out.</summary>
internal sealed record MakerReleased(Guid LedgerId, Guid FacilityId, DateTimeOffset At);
