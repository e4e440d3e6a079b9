using System.Text;
using System.Text.Json;
using Npgsql;
using Training.Modules.JobMatching.Search;

namespace Training.Benchmarks.JobMatching;

/// <summary>
/// The baseline: the graduate search written by hand in SQL against the same tables, with the same
/// score (README, "Job matching"), filters, order and page. Like the module it ranks the narrow rank
/// documents (materialized, so that the count and the sort carry no listing) and reads the listings of
/// the page only. It filters skills, unit codes and work types with the expression GIN indexes
/// <see cref="CreateIndexesAsync"/> adds to the rank table (the benchmark's own, not the module's), and
/// the province and availability with the module's indexes on the duplicated columns.
/// </summary>
internal sealed class RawGraduateSearch(NpgsqlDataSource dataSource, int thisMonth)
{
    private const string RankTable = "jobmatching.mt_doc_graduaterank";
    private const string ListingTable = "jobmatching.mt_doc_graduatelisting";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task CreateIndexesAsync(NpgsqlDataSource dataSource)
    {
        foreach (var field in new[] { "skills", "unitCodes", "workTypes" })
        {
            await using var command = dataSource.CreateCommand(
                $"create index if not exists bench_graduaterank_{field.ToLowerInvariant()} on {RankTable} using gin ((data -> '{field}')) where visible");
            await command.ExecuteNonQueryAsync();
        }
    }

    public async Task<GraduatePage> SearchAsync(GraduateQuery query)
    {
        await using var command = dataSource.CreateCommand();
        string P<T>(T value)
        {
            command.Parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
            return $"${command.Parameters.Count}";
        }

        var target = query.AvailableBy ?? thisMonth;
        var region = query.ProvinceCode is { } code ? $"(case when d.province = {P(code)} then 2 else 0 end)" : "0";
        var score = $"1000 * 100 + 100 * (case when d.available_from <= {P(target)} then 2 when d.available_from <= {P(target + 3)} then 1 else 0 end)"
            + $" + 10 * {region} + coalesce(greatest(0, 9 - ({P(thisMonth)} - (d.data ->> 'latestCertificate')::int) / 6), 0)";

        // One skill or unit code is required, and the filter keeps only those covering it: coverage is 100 for every hit.
        var where = new StringBuilder("d.visible");
        where.Append(query.Skill is { } skill ? $" and (d.data -> 'skills') ? {P(skill)}" : $" and (d.data -> 'unitCodes') ? {P(query.UnitCode!)}");
        if (query.WorkType is { } workType)
        {
            where.Append($" and (d.data -> 'workTypes') ? {P(workType)}");
        }

        if (query.ProvinceCode is { } province)
        {
            where.Append($" and d.province = {P(province)}");
        }

        if (query.AvailableBy is { } availableBy)
        {
            where.Append($" and d.available_from <= {P(availableBy)}");
        }

        command.CommandText = $"""
            with hits as materialized (select d.id, d.data ->> 'aliasKey' as alias_key, {score} as score from {RankTable} d where {where}),
                 page as (select id, alias_key, score, count(*) over () as total from hits
                          order by score desc, alias_key limit {P(GraduateQuery.PageSize)} offset {P((query.Page - 1) * GraduateQuery.PageSize)})
            select p.score, p.total, l.data from page p join {ListingTable} l on l.id = p.id order by p.score desc, p.alias_key
            """;

        var items = new List<GraduateCard>(GraduateQuery.PageSize);
        long total = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            total = reader.GetInt64(1);
            items.Add(GraduateCard.Of(JsonSerializer.Deserialize<GraduateListing>(reader.GetString(2), Json)!, reader.GetInt32(0)));
        }

        return new GraduatePage(items, (int)total, query.Page, GraduateQuery.PageSize);
    }
}
