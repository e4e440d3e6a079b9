using Microsoft.Extensions.Configuration;

namespace Training.BuildingBlocks.Files;

/// <summary>
/// The default store: files under <c>{Data:Folder}/files</c>, named by id, the media type beside
/// each. Several hosts need a shared folder (or another <see cref="IFileStore"/>).
/// </summary>
internal sealed class LocalDiskFileStore(IConfiguration configuration) : IFileStore
{
    private readonly string _root = Path.GetFullPath(Path.Combine(configuration["Data:Folder"] ?? ".data", "files"));

    public async Task<Guid> SaveAsync(Stream content, string mediaType, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        var path = PathOf(id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = File.Create(path + ".part"))
        {
            await content.CopyToAsync(file, cancellationToken);
        }

        await File.WriteAllTextAsync(path + ".type", mediaType, cancellationToken);
        File.Move(path + ".part", path);
        return id;
    }

    public async Task<StoredFile?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var path = PathOf(id);
        return File.Exists(path)
            ? new StoredFile(File.OpenRead(path), await File.ReadAllTextAsync(path + ".type", cancellationToken))
            : null;
    }

    // Two levels of folders keep any one folder small.
    private string PathOf(Guid id)
    {
        var name = id.ToString("N");
        return Path.Combine(_root, name[..2], name);
    }
}
