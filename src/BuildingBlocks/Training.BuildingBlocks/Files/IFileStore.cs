using Marten;

namespace Training.BuildingBlocks.Files;

/// <summary>
/// Where uploaded files live: one PostgreSQL table (see <see cref="FileTable"/>), so backups hold
/// them, every host sees them and deleting a file deletes its bytes. Each file records its owner
/// module, purpose, facility and subject; a module's read route asks only for files of its own
/// purpose and decides whether the caller may see the subject.
/// </summary>
public interface IFileStore
{
    /// <summary>Queues the file in the session: it is stored when the command's unit of work commits, or not at all.</summary>
    Guid Save(IDocumentSession session, FileSubject subject, PreparedImage image);

    /// <summary>Queues the removal of the file and its bytes in the session.</summary>
    void Delete(IDocumentSession session, Guid id);

    /// <summary>The file (or its thumbnail), or null when there is none of this purpose.</summary>
    Task<StoredFile?> ReadAsync(Guid id, FilePurpose purpose, bool thumbnail, CancellationToken cancellationToken);
}

/// <summary>What a file is for: the module that owns it and a name within that module.</summary>
public sealed record FilePurpose(string Module, string Name);

/// <summary>Whom a file is about: a learner, or a course; the facility it belongs to, when it belongs to one.</summary>
public sealed record FileSubject(FilePurpose Purpose, Guid? FacilityId, Guid SubjectId);

public sealed record StoredFile(Guid Id, FileSubject Subject, string MediaType, byte[] Content, DateTimeOffset CreatedAt);
