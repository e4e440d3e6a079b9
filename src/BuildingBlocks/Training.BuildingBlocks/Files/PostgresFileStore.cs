using System.Data;
using Marten;
using Npgsql;

namespace Training.BuildingBlocks.Files;

/// <summary>The files table written through the command's Marten session and read with one statement.</summary>
internal sealed class PostgresFileStore(FileDatabase database, TimeProvider clock) : IFileStore
{
    public Guid Save(IDocumentSession session, FileSubject subject, PreparedImage image)
    {
        var id = Guid.NewGuid();
        session.QueueSqlCommand(
            $"""
            insert into {FileTable.QualifiedName} (id, owner_module, purpose, facility_id, subject_id, media_type, size, created_at, content, thumbnail)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            id, subject.Purpose.Module, subject.Purpose.Name, subject.FacilityId ?? (object)DBNull.Value, subject.SubjectId, image.MediaType,
            image.Content.Length, clock.GetUtcNow(), image.Content, image.Thumbnail);
        return id;
    }

    public void Delete(IDocumentSession session, Guid id) => session.QueueSqlCommand($"delete from {FileTable.QualifiedName} where id = ?", id);

    public async Task<StoredFile?> ReadAsync(Guid id, FilePurpose purpose, bool thumbnail, CancellationToken cancellationToken)
    {
        var bytes = thumbnail ? "thumbnail" : "content";
        await using var command = database.Source.CreateCommand(
            $"select facility_id, subject_id, media_type, created_at, {bytes} from {FileTable.QualifiedName} where id = $1 and owner_module = $2 and purpose = $3");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = purpose.Module });
        command.Parameters.Add(new NpgsqlParameter { Value = purpose.Name });
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SingleRow | CommandBehavior.SequentialAccess, cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var facilityId = await reader.IsDBNullAsync(0, cancellationToken) ? (Guid?)null : reader.GetGuid(0);
        var subject = new FileSubject(purpose, facilityId, reader.GetGuid(1));
        var mediaType = reader.GetString(2);
        var createdAt = reader.GetFieldValue<DateTimeOffset>(3);
        return new StoredFile(id, subject, mediaType, await reader.GetFieldValueAsync<byte[]>(4, cancellationToken), createdAt);
    }
}

/// <summary>The connections files are read through, to the store's database.</summary>
internal sealed class FileDatabase(NpgsqlDataSource source) : IAsyncDisposable
{
    public NpgsqlDataSource Source { get; } = source;

    public ValueTask DisposeAsync() => Source.DisposeAsync();
}
