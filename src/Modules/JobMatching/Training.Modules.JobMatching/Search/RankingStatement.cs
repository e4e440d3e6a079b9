using System.Text;
using Marten;

namespace Training.Modules.JobMatching.Search;

/// <summary>
/// Writes the SQL of one ranking statement over the <see cref="GraduateIndex"/>: the score and the
/// filters of <see cref="Criteria"/>, with its parameters bound in the order they are written (which
/// must be the order they appear in the statement).
/// </summary>
internal sealed class RankingStatement(IQuerySession session, Criteria criteria)
{
    private readonly List<object> _parameters = [];

    public string Index { get; } = GraduateIndex.QualifiedName(session);

    public string Listings { get; } = session.DocumentStore.Options.FindOrResolveDocumentType(typeof(GraduateListing)).TableName.QualifiedName;

    public string P(object? value, string type)
    {
        _parameters.Add(value ?? DBNull.Value);
        return $"^::{type}";
    }

    /// <summary>The score of a graduate's row (or, with several items asked for, of the group of its rows).</summary>
    public string Score()
    {
        var coverage = criteria.Several ? $"(100 * count(*) / {criteria.Items.Count})" : "100";
        var availability = Availability();
        var region = criteria switch
        {
            { Regency: { } r } => $"(case when d.regency = {P(r, "text")} then 2 when d.province = {P(criteria.Province, "text")} then 1 else 0 end)",
            { Province: { } p } => $"(case when d.province = {P(p, "text")} then 2 else 0 end)",
            _ => "0",
        };
        var recency = $"coalesce(greatest(0, 9 - ({P(criteria.ThisMonth, "int")} - d.latest_certificate) / 6), 0)";
        return $"(1000 * {coverage} + 100 * {availability} + 10 * {region} + {recency})";
    }

    /// <summary>A, 2–0, from the availability month and the target month.</summary>
    public string Availability() =>
        $"(case when d.available_from <= {P(criteria.TargetMonth, "int")} then 2 when d.available_from <= {P(criteria.TargetMonth + 3, "int")} then 1 else 0 end)";

    /// <summary>The rows of one availability band (A = 2, 1 or 0), as ranges of the month the index can seek.</summary>
    public string InBand(int band) => band switch
    {
        2 => $"d.available_from <= {P(criteria.TargetMonth, "int")}",
        1 => $"d.available_from > {P(criteria.TargetMonth, "int")} and d.available_from <= {P(criteria.TargetMonth + 3, "int")}",
        _ => $"(d.available_from > {P(criteria.TargetMonth + 3, "int")} or d.available_from is null)",
    };

    /// <summary>The rows a search or posting finds: those of the items asked for (or every graduate's <see cref="GraduateIndex.Anything"/> row).</summary>
    public string Where()
    {
        var where = new StringBuilder($"d.covered = any({P(criteria.Items.Count == 0 ? [GraduateIndex.Anything] : criteria.Items.ToArray(), "text[]")})");
        if (criteria.WorkType is { } workType)
        {
            where.Append($" and d.work_types & {P(GraduateIndex.Bits([workType]), "int")} <> 0");
        }

        if (criteria.RegionFilters && criteria.Province is { } province)
        {
            where.Append($" and d.province = {P(province, "text")}");
        }

        if (criteria.RegionFilters && criteria.Regency is { } regency)
        {
            where.Append($" and d.regency = {P(regency, "text")}");
        }

        if (criteria.AvailableBy is { } availableBy)
        {
            where.Append($" and d.available_from <= {P(availableBy, "int")}");
        }

        return where.ToString();
    }

    public Task<IReadOnlyList<T>> QueryAsync<T>(string sql, CancellationToken cancellationToken) =>
        session.AdvancedSql.QueryAsync<T>('^', sql, cancellationToken, [.. _parameters]);
}
