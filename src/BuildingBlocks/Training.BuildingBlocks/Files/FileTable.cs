using Weasel.Postgresql;
using static Weasel.Postgresql.SchemaUtils;
using Weasel.Postgresql.Tables;

namespace Training.BuildingBlocks.Files;

/// <summary>
/// The files table, beside the store's own tables: one row per file with its bytes, its thumbnail's
/// and what reads are authorised against. Declared in the store's configuration, so Marten creates
/// and updates it with its own schema objects.
/// </summary>
public static class FileTable
{
    public const string Schema = "files";

    public const string Name = "stored_files";

    public const string QualifiedName = $"{Schema}.{Name}";

    public static Table Table()
    {
        var table = new Table(new PostgresqlObjectName(Schema, Name, IdentifierUsage.General));
        table.AddColumn("id", "uuid").AsPrimaryKey();
        table.AddColumn("owner_module", "text").NotNull();
        table.AddColumn("purpose", "text").NotNull();
        table.AddColumn("facility_id", "uuid");
        table.AddColumn("subject_id", "uuid").NotNull();
        table.AddColumn("media_type", "text").NotNull();
        table.AddColumn("size", "integer").NotNull();
        table.AddColumn("created_at", "timestamp with time zone").NotNull();
        table.AddColumn("content", "bytea").NotNull();
        table.AddColumn("thumbnail", "bytea").NotNull();
        table.Indexes.Add(new IndexDefinition($"{Name}_by_subject") { Columns = ["subject_id", "purpose"] });
        return table;
    }
}
