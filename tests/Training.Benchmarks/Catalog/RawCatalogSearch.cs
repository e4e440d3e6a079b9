using System.Text;
using Npgsql;
using Training.Modules.Courses.Contracts;
using Training.Modules.Courses.Courses;

namespace Training.Benchmarks.Catalog;

/// <summary>
/// The baseline: the catalog search written by hand in SQL against the same table. Same filters,
/// the same full-text expression (so the same GIN index), the same order and the same page of
/// 24 + 1 as the SQL Marten generates; it reads only the fields the page shows.
/// </summary>
internal sealed class RawCatalogSearch(NpgsqlDataSource dataSource)
{
    private const int PageSize = SearchCatalogHandler.PageSize;

    public async Task<CatalogPage> SearchAsync(CatalogQuery query)
    {
        await using var command = dataSource.CreateCommand();
        var sql = new StringBuilder("""
            select d.id, d.data ->> 'title', d.data ->> 'summary', (d.data ->> 'expectedHours')::numeric,
                   d.data ->> 'category', (d.data ->> 'version')::int
            from courses.mt_doc_catalogentry as d
            where (d.data ->> 'listed')::boolean
            """);
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = query.Q.Trim() });
            sql.Append($" and to_tsvector('simple'::regconfig, (d.data ->> 'title') || ' ' || (d.data ->> 'summary'))"
                + $" @@ websearch_to_tsquery('simple'::regconfig, ${command.Parameters.Count})");
        }

        if (query.Category is { } category)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = category.ToString() });
            sql.Append($" and d.data ->> 'category' = ${command.Parameters.Count}");
        }

        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = (query.Page - 1) * PageSize });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = PageSize + 1 });
        sql.Append($" order by d.data ->> 'title', d.id offset ${command.Parameters.Count - 1} limit ${command.Parameters.Count}");
        command.CommandText = sql.ToString();

        var found = new List<CatalogItem>(PageSize + 1);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            found.Add(new CatalogItem(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetDecimal(3),
                Enum.Parse<SkillCategory>(reader.GetString(4)), reader.GetInt32(5)));
        }

        return new CatalogPage([.. found.Take(PageSize)], query.Page, found.Count > PageSize);
    }
}
