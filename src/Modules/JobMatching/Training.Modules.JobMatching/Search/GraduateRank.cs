namespace Training.Modules.JobMatching.Search;

/// <summary>
/// The narrow twin of <see cref="GraduateListing"/> (same id): only what ranking filters, scores and
/// orders by. Ranking reads every hit, so it reads these small rows, which stay in memory, and loads
/// the wide listings of one page only. Written with its listing in the same save (see <see cref="Listings"/>),
/// never on its own.
/// </summary>
internal sealed record GraduateRank(
    Guid Id,
    bool Visible,
    string? AliasKey,
    string? Province,
    string? Regency,
    int? AvailableFrom,
    IReadOnlyList<string> WorkTypes,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> UnitCodes,
    int? LatestCertificate);
