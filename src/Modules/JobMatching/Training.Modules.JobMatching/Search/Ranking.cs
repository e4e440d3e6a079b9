using Marten;

namespace Training.Modules.JobMatching.Search;

/// <summary>
/// What a ranking asks for. <see cref="Required"/> are the skill categories and competency unit codes
/// wanted (a search's <c>skill</c> and <c>unitCode</c>, a posting's skills and unit codes); a graduate
/// must cover at least one of them when any are given. <see cref="TargetMonth"/> is the month work
/// starts (a search's <c>availableBy</c>, a posting's closing month, otherwise this month).
/// In a search, region, <see cref="AvailableBy"/> and <see cref="WorkType"/> are filters; for a
/// posting's matches the region only ranks.
/// </summary>
internal sealed record Criteria(
    IReadOnlyList<string> Required, string? Province, string? Regency, bool RegionFilters, int TargetMonth, int? AvailableBy, string? WorkType, int ThisMonth)
{
    /// <summary>The items asked for, each once.</summary>
    public IReadOnlyList<string> Items => [.. Required.Distinct(StringComparer.Ordinal)];

    /// <summary>Several items asked for: graduates differ in how many they cover.</summary>
    public bool Several => Items.Count > 1;
}

internal sealed record Ranked(GraduateListing Listing, int Score);

/// <summary>
/// Ranks visible graduates in PostgreSQL, so that only one page ever leaves the database:
/// <code>
/// score = 1000 × C + 100 × A + 10 × G + R
///   C  share of the required skills covered: ⌊100 × covered ÷ required⌋, 0–100 (100 when nothing is required)
///   A  availability: 2 when available from the target month or earlier, 1 within 3 months after it, else 0
///   G  region: 2 when the regency asked for matches (or the province, when no regency was asked for),
///      1 when only the province matches, 0 otherwise or when no region was asked for
///   R  certificate recency: 9 − ⌊months since the newest valid certificate ÷ 6⌋, at least 0; 0 without certificates
/// </code>
/// Each part outweighs everything after it (A, G and R together reach at most 229 &lt; 1000), so the
/// order is coverage, then availability, then region, then recency; ties go by alias.
/// The filters and the score read the <see cref="GraduateIndex"/> only, and the wide listings are
/// read for the page alone. With one item asked for (or none) coverage is the same for every hit, so
/// A decides first: the hits are counted per availability band, and only the bands the page falls in
/// are scored and sorted (usually the small band of those available now). With several items asked
/// for coverage decides first, and with <c>availableBy</c> every hit is in one band: then every hit is scored.
/// </summary>
internal static class Ranking
{
    private static readonly int[] Bands = [2, 1, 0];

    public static Task<(IReadOnlyList<Ranked> Items, int Total)> RankAsync(
        IQuerySession session, Criteria criteria, int skip, int take, CancellationToken cancellationToken) =>
        criteria.Several || criteria.AvailableBy <= criteria.TargetMonth
            ? ScoringEveryHitAsync(session, criteria, skip, take, cancellationToken)
            : ByAvailabilityAsync(session, criteria, skip, take, cancellationToken);

    private static async Task<(IReadOnlyList<Ranked> Items, int Total)> ByAvailabilityAsync(
        IQuerySession session, Criteria criteria, int skip, int take, CancellationToken cancellationToken)
    {
        var count = new RankingStatement(session, criteria);
        var sizes = (await count.QueryAsync<Band>(
                $"select jsonb_build_object('availability', a, 'size', n) from (select {count.Availability()} as a, count(*) as n from {count.Index} d where {count.Where()} group by 1) bands",
                cancellationToken))
            .ToDictionary(b => b.Availability, b => b.Size);
        var total = sizes.Values.Sum();

        // The page's slice of each band, bands in the order they rank.
        var page = new RankingStatement(session, criteria);
        var branches = new List<string>();
        var start = 0;
        foreach (var band in Bands)
        {
            var size = sizes.GetValueOrDefault(band);
            var (from, to) = (Math.Max(skip, start), Math.Min(skip + take, start + size));
            if (to > from)
            {
                branches.Add($"""
                    (select d.profile_id as id, d.alias_key, {page.Score()} as score from {page.Index} d
                     where {page.Where()} and {page.InBand(band)}
                     order by score desc, d.alias_key limit {page.P(to - from, "int")} offset {page.P(from - start, "int")})
                    """);
            }

            start += size;
        }

        return branches.Count == 0 ? ([], total) : (await PageAsync(page, string.Join(" union all ", branches), cancellationToken), total);
    }

    /// <summary>
    /// One statement that scores every hit once, counts them and keeps the page by a top-N sort: for
    /// several items asked for (coverage ranks first), or when a filter leaves one availability band only.
    /// </summary>
    private static async Task<(IReadOnlyList<Ranked> Items, int Total)> ScoringEveryHitAsync(
        IQuerySession session, Criteria criteria, int skip, int take, CancellationToken cancellationToken)
    {
        var statement = new RankingStatement(session, criteria);
        var grouping = criteria.Several ? " group by d.profile_id, d.alias_key, d.province, d.regency, d.available_from, d.latest_certificate" : "";
        var rows = await statement.QueryAsync<Row>(
            $"""
            with hits as materialized (
                select d.profile_id as id, d.alias_key, {statement.Score()} as score from {statement.Index} d where {statement.Where()}{grouping})
            select jsonb_build_object('listing', l.data, 'score', page.score, 'total', (select count(*) from hits))
            from (select hits.id, hits.alias_key, hits.score from hits order by hits.score desc, hits.alias_key
                  limit {statement.P(take, "int")} offset {statement.P(skip, "int")}) page
            join {statement.Listings} l on l.id = page.id
            order by page.score desc, page.alias_key
            """,
            cancellationToken);
        if (rows.Count > 0 || skip == 0)
        {
            return ([.. rows.Select(r => new Ranked(r.Listing, r.Score))], rows.Count > 0 ? rows[0].Total : 0);
        }

        // A page beyond the last: the total still counts.
        var count = new RankingStatement(session, criteria);
        var total = await count.QueryAsync<Hits>(
            $"select jsonb_build_object('total', count(distinct d.profile_id)) from {count.Index} d where {count.Where()}", cancellationToken);
        return ([], total[0].Total);
    }

    /// <summary>The listings of the ranked ids, in rank order.</summary>
    private static async Task<IReadOnlyList<Ranked>> PageAsync(RankingStatement statement, string ranked, CancellationToken cancellationToken)
    {
        var rows = await statement.QueryAsync<Row>(
            $"""
            select jsonb_build_object('listing', l.data, 'score', page.score, 'total', 0)
            from ({ranked}) page join {statement.Listings} l on l.id = page.id
            order by page.score desc, page.alias_key
            """,
            cancellationToken);
        return [.. rows.Select(r => new Ranked(r.Listing, r.Score))];
    }

    private sealed record Band(int Availability, int Size);

    private sealed record Hits(int Total);

    private sealed record Row(GraduateListing Listing, int Score, int Total);
}
