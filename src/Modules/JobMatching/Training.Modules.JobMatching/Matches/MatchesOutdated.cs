using Training.BuildingBlocks.Relay;

namespace Training.Modules.JobMatching.Matches;

/// <summary>A posting is new, or the nightly pass came: its matches are ranked again once that is committed.</summary>
internal sealed record PostingMatchesOutdated(Guid JobId) : IFollowUp;

/// <summary>
/// A graduate's listing changed (profile, consent or certificates): the open postings asking for what
/// she covers or covered, and those listing her, are ranked again once that is committed.
/// </summary>
internal sealed record GraduateMatchesOutdated(Guid ProfileId, IReadOnlyList<string> Covered) : IFollowUp;
