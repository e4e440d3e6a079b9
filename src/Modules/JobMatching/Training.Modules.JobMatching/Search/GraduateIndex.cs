using Marten;
using Training.BuildingBlocks;
using Training.Modules.JobMatching.Profiles;
using Weasel.Postgresql;
using static Weasel.Postgresql.SchemaUtils;
using Weasel.Postgresql.Tables;

namespace Training.Modules.JobMatching.Search;

/// <summary>
/// The search index of visible graduates, a table in the module's schema beside the listings: one
/// row per skill category or unit code a graduate's valid certificates vouch for, plus one row under
/// <see cref="Anything"/>, each carrying what ranking filters, scores and orders by. Two covering
/// indexes are keyed by what is asked for, then province and availability month (searches in a
/// province) or availability month alone (the others), so a search reads narrow ranges of an index
/// and not the table (index-only scans), however the graduates are spread. A hidden graduate has no rows. Written in the same save as the listing (see <see cref="Listings"/>).
/// </summary>
internal static class GraduateIndex
{
    private const string Name = "graduate_index";

    /// <summary>The row every visible graduate has: what a search asking for no skill ranks.</summary>
    public const string Anything = "*";

    public static Table Table(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Name, IdentifierUsage.General));
        table.AddColumn("profile_id", "uuid").AsPrimaryKey();
        table.AddColumn("covered", "text").AsPrimaryKey();
        table.AddColumn("province", "text");
        table.AddColumn("regency", "text");
        table.AddColumn("available_from", "integer");
        table.AddColumn("work_types", "integer").NotNull();
        table.AddColumn("latest_certificate", "integer");
        table.AddColumn("alias_key", "text").NotNull();
        table.Indexes.Add(new IndexDefinition($"{Name}_by_province")
        {
            Columns = ["covered", "province", "available_from"],
            IncludeColumns = ["regency", "work_types", "latest_certificate", "alias_key", "profile_id"],
        });
        table.Indexes.Add(new IndexDefinition($"{Name}_by_month")
        {
            Columns = ["covered", "available_from"],
            IncludeColumns = ["province", "regency", "work_types", "latest_certificate", "alias_key", "profile_id"],
        });
        return table;
    }

    public static string QualifiedName(IQuerySession session) =>
        $"{session.DocumentStore.Options.FindOrResolveDocumentType(typeof(GraduateListing)).TableName.Schema}.{Name}";

    /// <summary>One bit, <c>1 &lt;&lt; (int)workType</c>, per work type.</summary>
    public static int Bits(IEnumerable<string> workTypes) =>
        workTypes.Select(EnumNames.Find<WorkType>).OfType<WorkType>().Aggregate(0, (bits, w) => bits | (1 << (int)w));

    /// <summary>
    /// Brings the graduate's rows in line with <paramref name="listing"/>: rows of items no longer
    /// covered go, the others are inserted or updated. One statement, so that it depends on no order
    /// among the session's operations.
    /// </summary>
    public static void Write(IDocumentSession session, GraduateListing listing)
    {
        string[] covered = listing.Visible ? [Anything, .. listing.Covered()] : [];
        var table = QualifiedName(session);
        session.QueueSqlCommand(
            $"""
            with gone as (delete from {table} where profile_id = ?::uuid and covered <> all(?::text[]))
            insert into {table} (profile_id, covered, province, regency, available_from, work_types, latest_certificate, alias_key)
            select ?::uuid, c, ?::text, ?::text, ?::integer, ?::integer, ?::integer, ?::text from unnest(?::text[]) c
            on conflict (profile_id, covered) do update set province = excluded.province, regency = excluded.regency,
                available_from = excluded.available_from, work_types = excluded.work_types,
                latest_certificate = excluded.latest_certificate, alias_key = excluded.alias_key
            """,
            listing.Id, covered, listing.Id, OrNull(listing.Province), OrNull(listing.Regency), OrNull(listing.AvailableFrom), Bits(listing.WorkTypes),
            OrNull(listing.LatestCertificate), listing.AliasKey ?? "", covered);
    }

    private static object OrNull(object? value) => value ?? DBNull.Value;
}
