using Marten;
using Microsoft.Extensions.Caching.Memory;

namespace Training.BuildingBlocks.Files;

/// <summary>
/// Recently read files kept in this host's memory, up to a size. A stored file never changes (a new
/// upload is a new id), so a kept copy is never stale; who may read it is still decided by the
/// module on every request, and the route's purpose is checked on every hit. A copy lives at most
/// ten minutes, so a file deleted through another host leaves every host's memory soon after.
/// </summary>
public sealed class CachedFileStore(IFileStore files, long megabytes) : IFileStore, IDisposable
{
    public const long DefaultMegabytes = 256;

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly MemoryCache kept = new(new MemoryCacheOptions { SizeLimit = megabytes * 1024 * 1024 });

    public Guid Save(IDocumentSession session, FileSubject subject, PreparedImage image) => files.Save(session, subject, image);

    public void Delete(IDocumentSession session, Guid id)
    {
        files.Delete(session, id);
        kept.Remove((id, false));
        kept.Remove((id, true));
    }

    public async Task<StoredFile?> ReadAsync(Guid id, FilePurpose purpose, bool thumbnail, CancellationToken cancellationToken)
    {
        if (kept.TryGetValue((id, thumbnail), out StoredFile? file) && file is not null)
        {
            return file.Subject.Purpose == purpose ? file : null;
        }

        file = await files.ReadAsync(id, purpose, thumbnail, cancellationToken);
        if (file is not null)
        {
            kept.Set((id, thumbnail), file, new MemoryCacheEntryOptions { Size = file.Content.Length, AbsoluteExpirationRelativeToNow = Lifetime });
        }

        return file;
    }

    public void Dispose() => kept.Dispose();
}
