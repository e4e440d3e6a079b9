using Marten;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Search;
using Weasel.Postgresql;
using static Weasel.Postgresql.SchemaUtils;
using Weasel.Postgresql.Tables;

namespace Training.Modules.JobMatching.Disclosures;

/// <summary>How an employer was shown a graduate's card.</summary>
internal enum DisclosureWay
{
    Search,
    Match,
    Profile,
    Photo,
}

/// <summary>One employer shown one graduate's card one way on one day (UTC): the last time and how many times.</summary>
internal sealed record Disclosure(Guid EmployerId, DisclosureWay Way, DateOnly Day, DateTimeOffset LastAt, int Times);

/// <summary>
/// Every sight an employer gets of a graduate's card is a disclosure the learner may see: a search
/// result, a posting's match, the opened profile, a downloaded portfolio photo. A table beside the
/// listings keeps one row per profile, employer, way and day, so a page of search results costs one
/// statement for all its cards, queued on the session: the unit of work commits it with the request.
/// </summary>
internal static class DisclosureLog
{
    private const string Name = "disclosures";

    public static Table Table(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Name, IdentifierUsage.General));
        table.AddColumn("profile_id", "uuid").AsPrimaryKey();
        table.AddColumn("employer_id", "uuid").AsPrimaryKey();
        table.AddColumn("way", "text").AsPrimaryKey();
        table.AddColumn("day", "date").AsPrimaryKey();
        table.AddColumn("last_at", "timestamptz").NotNull();
        table.AddColumn("times", "integer").NotNull();
        return table;
    }

    /// <summary>Records that the caller's employer was shown these graduates' cards; nothing for anyone who is not an employer.</summary>
    public static void Record(IDocumentSession session, ICurrentUser user, DisclosureWay way, IReadOnlyCollection<Guid> profileIds, DateTimeOffset at)
    {
        if (user.EmployerId is not { } employerId || profileIds.Count == 0)
        {
            return;
        }

        // Search results and matches are shown by the page, many a minute: their counts may lose the last
        // fraction of a second if PostgreSQL itself crashes, so their commit does not wait for the disk.
        // A profile opened or a photo downloaded waits as every other write does.
        if (way is DisclosureWay.Search or DisclosureWay.Match)
        {
            session.QueueSqlCommand("set local synchronous_commit to off");
        }

        var table = QualifiedName(session);
        // Rows in one order, so two pages showing the same cards at once never wait on each other in a cycle.
        session.QueueSqlCommand(
            $"""
            insert into {table} (profile_id, employer_id, way, day, last_at, times)
            select p, ?::uuid, ?::text, ?::date, ?::timestamptz, 1 from unnest(?::uuid[]) p order by p
            on conflict (profile_id, employer_id, way, day) do update set last_at = excluded.last_at, times = {table}.times + 1
            """,
            employerId, way.ToString(), DateOnly.FromDateTime(at.UtcDateTime), at, profileIds.Distinct().ToArray());
    }

    /// <summary>The latest disclosures of a graduate's card since <paramref name="since"/> (her current consent), newest first.</summary>
    public static Task<IReadOnlyList<Disclosure>> OfAsync(IQuerySession session, Guid profileId, DateTimeOffset since, CancellationToken cancellationToken) =>
        session.AdvancedSql.QueryAsync<Disclosure>(
            $"""
            select jsonb_build_object('employerId', employer_id, 'way', way, 'day', day, 'lastAt', last_at, 'times', times)
            from {QualifiedName(session)} where profile_id = ? and last_at >= ? order by last_at desc limit 100
            """,
            cancellationToken, profileId, since);

    private static string QualifiedName(IQuerySession session) =>
        $"{session.DocumentStore.Options.FindOrResolveDocumentType(typeof(GraduateListing)).TableName.Schema}.{Name}";
}
