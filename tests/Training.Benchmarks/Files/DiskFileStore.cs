namespace Training.Benchmarks.Files;

/// <summary>
/// The baseline: the disk store files lived in before PostgreSQL (files under a folder, named by
/// id, the media type beside each), kept here only to measure against. Not part of the product.
/// </summary>
internal sealed class DiskFileStore(string root)
{
    public async Task<Guid> SaveAsync(byte[] content, string mediaType)
    {
        var id = Guid.NewGuid();
        var path = PathOf(id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path + ".part", content);
        await File.WriteAllTextAsync(path + ".type", mediaType);
        File.Move(path + ".part", path);
        return id;
    }

    /// <summary>The file's bytes and media type, read whole as the product's read path returns them.</summary>
    public async Task<(byte[] Content, string MediaType)?> ReadAsync(Guid id)
    {
        var path = PathOf(id);
        return File.Exists(path) ? (await File.ReadAllBytesAsync(path), await File.ReadAllTextAsync(path + ".type")) : null;
    }

    // Two levels of folders keep any one folder small.
    private string PathOf(Guid id)
    {
        var name = id.ToString("N");
        return Path.Combine(root, name[..2], name);
    }
}
