using System.Text;
using System.Text.Json;
using Npgsql;
using Training.Modules.JobMatching.Profiles;
using Training.Modules.JobMatching.Search;

namespace Training.Benchmarks.JobMatching;

/// <summary>
/// The baseline: the graduate search written by hand in SQL over the same tables, with the same
/// score (README, "Job matching"), filters, order and page, through Npgsql alone, from the module's
/// search index (index-only scans) and the listings of the page. One skill or unit code is asked for,
/// so coverage is 100 for every hit and availability ranks first: without <c>availableBy</c> it counts
/// the hits per availability band, then scores and sorts only the bands the page falls in.
/// </summary>
internal sealed class RawGraduateSearch(NpgsqlDataSource dataSource, int thisMonth)
{
    private const string IndexTable = "jobmatching.graduate_index";
    private const string ListingTable = "jobmatching.mt_doc_graduatelisting";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>With <c>availableBy</c> every hit is available by the target month: one statement scores them all, counts and sorts.</summary>
    public Task<GraduatePage> SearchAsync(GraduateQuery query) => query.AvailableBy is { } by ? InOneBandAsync(query, by) : ByBandsAsync(query);

    private async Task<GraduatePage> InOneBandAsync(GraduateQuery query, int target)
    {
        await using var command = dataSource.CreateCommand();
        var region = query.ProvinceCode is { } code ? $"(case when d.province = {P(command, code)} then 2 else 0 end)" : "0";
        var score = $"100000 + 100 * (case when d.available_from <= {P(command, target)} then 2 when d.available_from <= {P(command, target + 3)} then 1 else 0 end)"
            + $" + 10 * {region} + coalesce(greatest(0, 9 - ({P(command, thisMonth)} - d.latest_certificate) / 6), 0)";
        var where = Where(command, query);
        command.CommandText = $"""
            with hits as materialized (select d.profile_id, d.alias_key, {score} as score from {IndexTable} d where {where})
            select p.score, (select count(*)::int from hits), l.data
            from (select profile_id, alias_key, score from hits order by score desc, alias_key
                  limit {P(command, GraduateQuery.PageSize)} offset {P(command, (query.Page - 1) * GraduateQuery.PageSize)}) p
            join {ListingTable} l on l.id = p.profile_id order by p.score desc, p.alias_key
            """;

        var items = new List<GraduateCard>(GraduateQuery.PageSize);
        var total = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            total = reader.GetInt32(1);
            items.Add(GraduateCard.Of(JsonSerializer.Deserialize<GraduateListing>(reader.GetString(2), Json)!, reader.GetInt32(0)));
        }

        return new GraduatePage(items, total, query.Page, GraduateQuery.PageSize);
    }

    private async Task<GraduatePage> ByBandsAsync(GraduateQuery query)
    {
        var target = thisMonth;
        var sizes = new Dictionary<int, int>();
        await using (var count = dataSource.CreateCommand())
        {
            var where = Where(count, query);
            count.CommandText = $"""
                select case when d.available_from <= {P(count, target)} then 2 when d.available_from <= {P(count, target + 3)} then 1 else 0 end, count(*)::int
                from {IndexTable} d where {where} group by 1
                """;
            await using var reader = await count.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                sizes[reader.GetInt32(0)] = reader.GetInt32(1);
            }
        }

        var total = sizes.Values.Sum();
        var items = new List<GraduateCard>(GraduateQuery.PageSize);
        await using var page = dataSource.CreateCommand();
        var skip = (query.Page - 1) * GraduateQuery.PageSize;
        var branches = new List<string>();
        var start = 0;
        foreach (var band in new[] { 2, 1, 0 })
        {
            var size = sizes.GetValueOrDefault(band);
            var (from, to) = (Math.Max(skip, start), Math.Min(skip + GraduateQuery.PageSize, start + size));
            if (to > from)
            {
                var region = query.ProvinceCode is { } code ? $"(case when d.province = {P(page, code)} then 2 else 0 end)" : "0";
                var score = $"100000 + 100 * {band} + 10 * {region} + coalesce(greatest(0, 9 - ({P(page, thisMonth)} - d.latest_certificate) / 6), 0)";
                var where = Where(page, query);
                var range = band switch
                {
                    2 => $"d.available_from <= {P(page, target)}",
                    1 => $"d.available_from > {P(page, target)} and d.available_from <= {P(page, target + 3)}",
                    _ => $"(d.available_from > {P(page, target + 3)} or d.available_from is null)",
                };
                branches.Add($"(select d.profile_id, d.alias_key, {score} as score from {IndexTable} d where {where} and {range} "
                    + $"order by score desc, d.alias_key limit {P(page, to - from)} offset {P(page, from - start)})");
            }

            start += size;
        }

        if (branches.Count > 0)
        {
            page.CommandText = $"""
                select p.score, l.data from ({string.Join(" union all ", branches)}) p
                join {ListingTable} l on l.id = p.profile_id order by p.score desc, p.alias_key
                """;
            await using var reader = await page.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                items.Add(GraduateCard.Of(JsonSerializer.Deserialize<GraduateListing>(reader.GetString(1), Json)!, reader.GetInt32(0)));
            }
        }

        return new GraduatePage(items, total, query.Page, GraduateQuery.PageSize);
    }

    private static string Where(NpgsqlCommand command, GraduateQuery query)
    {
        var where = new StringBuilder($"d.covered = {P(command, query.Skill ?? query.UnitCode!)}");
        if (query.WorkType is { } workType)
        {
            where.Append($" and d.work_types & {P(command, 1 << (int)Enum.Parse<WorkType>(workType))} <> 0");
        }

        if (query.ProvinceCode is { } province)
        {
            where.Append($" and d.province = {P(command, province)}");
        }

        if (query.AvailableBy is { } availableBy)
        {
            where.Append($" and d.available_from <= {P(command, availableBy)}");
        }

        return where.ToString();
    }

    private static string P<T>(NpgsqlCommand command, T value)
    {
        command.Parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        return $"${command.Parameters.Count}";
    }
}
