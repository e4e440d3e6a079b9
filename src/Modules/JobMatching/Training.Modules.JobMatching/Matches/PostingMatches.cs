namespace Training.Modules.JobMatching.Matches;

/// <summary>The best matching graduates of one open posting, as last ranked (on certificate changes, profile changes and nightly).</summary>
internal sealed record PostingMatches(Guid Id, Guid EmployerId, IReadOnlyList<Match> Matches, IReadOnlyList<Guid> ProfileIds, DateTimeOffset RankedAt);

internal sealed record Match(Guid ProfileId, int Score);
