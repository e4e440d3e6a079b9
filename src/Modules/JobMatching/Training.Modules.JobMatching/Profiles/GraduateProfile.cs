using Training.BuildingBlocks;

namespace Training.Modules.JobMatching.Profiles;

/// <summary>
/// A learner's opt-in graduate profile: what they chose to show employers, under an alias, and the
/// consent that allows it. One per learner. Withdrawing consent keeps the history but hides everything.
/// </summary>
internal sealed record GraduateProfile(Guid Id, Guid LearnerId, ProfileDetails? Details, GivenConsent? Consent)
{
    public static Guid IdFor(Guid learnerId) => StableGuid.From($"graduate-profile/{learnerId:N}");

    public static GraduateProfile Create(GraduateConsentGiven e) => new(e.ProfileId, e.LearnerId, null, new GivenConsent(e.TextVersion, e.At));

    public GraduateProfile Apply(GraduateConsentGiven e) => this with { Consent = new GivenConsent(e.TextVersion, e.At) };

    public GraduateProfile Apply(GraduateProfileSaved e) => this with { Details = e.Details };

    public GraduateProfile Apply(GraduateConsentWithdrawn e) => this with { Consent = null };

    public bool Active => Consent is not null;
}

/// <summary>What the learner shows: region and availability month (YYYY-MM), never an exact date. The phone is for officers only.</summary>
internal sealed record ProfileDetails(
    string Alias, string Province, string? Regency, string AvailableFrom, IReadOnlyList<WorkType> WorkTypes, string Statement, string? Phone);

/// <summary>Consent to the graduate profile under a version of its text, and when it was given.</summary>
internal sealed record GivenConsent(string TextVersion, DateTimeOffset At);

internal sealed record GraduateConsentGiven(Guid ProfileId, Guid LearnerId, string TextVersion, DateTimeOffset At);

internal sealed record GraduateProfileSaved(Guid ProfileId, Guid LearnerId, ProfileDetails Details, Guid By, DateTimeOffset At);

internal sealed record GraduateConsentWithdrawn(Guid ProfileId, Guid LearnerId, Guid By, DateTimeOffset At);

/// <summary>The consent text a learner agrees to; a new wording gets a new version, and saving again records it.</summary>
internal static class ConsentText
{
    public const string Version = "graduate-profile/2026-11";
}
