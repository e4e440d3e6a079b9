using Training.BuildingBlocks;
using Training.BuildingBlocks.Relay;

namespace Training.Modules.Crafts.Premi;

/// <summary>
/// How a facility divides the profit of its sales between the makers' premi, the state's non-tax revenue (PNBP)
/// and production capital, set by a platform admin with its legal basis. Rules are effective-dated: a sale is
/// divided by the rule in force on the day it completed, and a rule set later never changes an allocation made.
/// </summary>
internal sealed record AllocationRules(Guid Id, Guid FacilityId, IReadOnlyList<AllocationRule> Rules)
{
    public static Guid IdFor(Guid facilityId) => StableGuid.From($"crafts-allocation-rules:{facilityId}");

    public static AllocationRules Create(AllocationRuleSet e) => new(e.RulesId, e.FacilityId, [e.Rule]);

    /// <summary>A rule from the same day replaces the earlier one for the sales still to be divided.</summary>
    public AllocationRules Apply(AllocationRuleSet e) =>
        this with { Rules = [.. Rules.Where(r => r.EffectiveFrom != e.Rule.EffectiveFrom).Append(e.Rule).OrderBy(r => r.EffectiveFrom)] };

    public AllocationRule? InForceOn(DateOnly day) => Rules.LastOrDefault(r => r.EffectiveFrom <= day);
}

/// <summary>The three shares of the profit, in percent (whole or decimal), that sum to 100.</summary>
internal sealed record AllocationShares(decimal Premi, decimal Pnbp, decimal Capital)
{
    public IReadOnlyList<decimal> Weights => [Premi, Pnbp, Capital];
}

internal sealed record AllocationRule(AllocationShares Shares, DateOnly EffectiveFrom, string LegalBasis, Guid SetBy, DateTimeOffset SetAt);

internal sealed record AllocationRuleSet(Guid RulesId, Guid FacilityId, AllocationRule Rule);

/// <summary>A rule was set for the facility: its sales that waited for one are divided once that is committed.</summary>
internal sealed record WaitingSalesToAllocate(Guid FacilityId) : IFollowUp;
