namespace Training.BuildingBlocks.Files;

/// <summary>
/// Where uploaded files (lesson images, evidence photos, portfolio photos, PDFs) live. Modules keep
/// the id and decide who may read it; the store only keeps bytes and their media type.
/// </summary>
public interface IFileStore
{
    Task<Guid> SaveAsync(Stream content, string mediaType, CancellationToken cancellationToken);

    /// <summary>The file and its media type, or null when there is no such file.</summary>
    Task<StoredFile?> OpenAsync(Guid id, CancellationToken cancellationToken);
}

public sealed record StoredFile(Stream Content, string MediaType);
