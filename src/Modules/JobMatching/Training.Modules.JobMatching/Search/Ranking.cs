using System.Text;
using System.Text.Json;
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
    IReadOnlyList<string> Required, string? Province, string? Regency, bool RegionFilters, int TargetMonth, int? AvailableBy, string? WorkType, int ThisMonth);

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
/// The filters use the duplicated columns and the GIN index of the narrow <see cref="GraduateRank"/> documents.
/// </summary>
internal static class Ranking
{
    public static async Task<(IReadOnlyList<Ranked> Items, int Total)> RankAsync(
        IQuerySession session, Criteria criteria, int skip, int take, CancellationToken cancellationToken)
    {
        var ranks = TableOf<GraduateRank>(session);
        var listings = TableOf<GraduateListing>(session);
        var parameters = new List<object?>();
        string P(object? value, string type)
        {
            parameters.Add(value);
            return $"^::{type}";
        }

        var required = criteria.Required.ToArray();

        // Placeholders are bound in the order they appear in the statement: the score, then the filters, then the page.
        var coverage = required.Length == 0
            ? "100"
            : $"(100 * (select count(*) from unnest({P(required, "text[]")}) r where jsonb_exists(d.data -> 'skills', r) or jsonb_exists(d.data -> 'unitCodes', r)) / {required.Length})";
        var target = criteria.TargetMonth;
        var availability = $"(case when d.available_from <= {P(target, "int")} then 2 when d.available_from <= {P(target + 3, "int")} then 1 else 0 end)";
        var region = criteria switch
        {
            { Regency: { } r } => $"(case when d.regency = {P(r, "varchar")} then 2 when d.province = {P(criteria.Province, "varchar")} then 1 else 0 end)",
            { Province: { } p } => $"(case when d.province = {P(p, "varchar")} then 2 else 0 end)",
            _ => "0",
        };
        var recency = $"coalesce(greatest(0, 9 - ({P(criteria.ThisMonth, "int")} - (d.data ->> 'latestCertificate')::int) / 6), 0)";

        var where = new StringBuilder("d.visible");
        if (required.Length > 0)
        {
            where.Append(" and (").AppendJoin(" or ", required.Select(r => $"d.data @> {P(Containment(IsUnit(r) ? "unitCodes" : "skills", r), "jsonb")}")).Append(')');
        }

        if (criteria.WorkType is { } workType)
        {
            where.Append($" and d.data @> {P(Containment("workTypes", workType), "jsonb")}");
        }

        if (criteria.RegionFilters && criteria.Province is { } province)
        {
            where.Append($" and d.province = {P(province, "varchar")}");
        }

        if (criteria.RegionFilters && criteria.Regency is { } regency)
        {
            where.Append($" and d.regency = {P(regency, "varchar")}");
        }

        if (criteria.AvailableBy is { } availableBy)
        {
            where.Append($" and d.available_from <= {P(availableBy, "int")}");
        }

        var limit = P(take, "int");
        var offset = P(skip, "int");
        // Filters, scores, counts and sorts the narrow rank rows (small enough to stay in memory), then
        // reads the wide listings of the page only: reading every hit's listing was the cost of a search.
        var sql = $"""
            with ranked as materialized (
                select d.id, d.data ->> 'aliasKey' as alias_key, (1000 * {coverage} + 100 * {availability} + 10 * {region} + {recency}) as score
                from {ranks} d where {where}),
            page as (
                select ranked.id, ranked.alias_key, ranked.score, count(*) over () as total from ranked
                order by ranked.score desc, ranked.alias_key
                limit {limit} offset {offset})
            select jsonb_build_object('listing', l.data, 'score', page.score, 'total', page.total)
            from page join {listings} l on l.id = page.id
            order by page.score desc, page.alias_key
            """;
        var rows = await session.AdvancedSql.QueryAsync<Row>('^', sql, cancellationToken, [.. parameters.Select(p => p ?? DBNull.Value)]);
        var total = rows.Count > 0 ? rows[0].Total : 0;
        return ([.. rows.Select(r => new Ranked(r.Listing, r.Score))], total);
    }

    private static string TableOf<T>(IQuerySession session) => session.DocumentStore.Options.FindOrResolveDocumentType(typeof(T)).TableName.QualifiedName;

    private static bool IsUnit(string required) => Profiles.Skills.Category(required) is null;

    private static string Containment(string field, string value) => JsonSerializer.Serialize(new Dictionary<string, string[]> { [field] = [value] });

    private sealed record Row(GraduateListing Listing, int Score, int Total);
}
