using Training.BuildingBlocks;

namespace Training.Modules.Crafts.MakerCredits;

/// <summary>
/// A maker's consent to be credited on provenance pages by an alias she chose, recorded with its time. Without it
/// (the default, or once she withdraws) her work is credited collectively to the brand's artisans.
/// </summary>
internal sealed record MakerCredit(Guid Id, Guid LearnerId, string? Alias, DateTimeOffset? ConsentedAt)
{
    public static Guid IdFor(Guid learnerId) => StableGuid.From($"crafts-maker-credit:{learnerId}");

    public static MakerCredit Create(MakerCreditConsented e) => new(e.CreditId, e.LearnerId, e.Alias, e.At);

    public MakerCredit Apply(MakerCreditConsented e) => this with { Alias = e.Alias, ConsentedAt = e.At };

    public MakerCredit Apply(MakerCreditWithdrawn e) => this with { Alias = null, ConsentedAt = null };
}

internal sealed record MakerCreditConsented(Guid CreditId, Guid LearnerId, string Alias, DateTimeOffset At);

internal sealed record MakerCreditWithdrawn(Guid CreditId, Guid LearnerId, DateTimeOffset At);
