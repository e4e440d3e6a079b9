using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Training.Benchmarks.Catalog;
using Training.BuildingBlocks.Files;
using Training.Testing;

namespace Training.Benchmarks.Files;

/// <summary>
/// Two figures. Re-encoding: a 12-megapixel phone photo (about 9 MB at quality 95) through the upload path's
/// preparation (decode, orient, strip, bound to 2,048 px, thumbnail), wall and CPU time per photo.
/// Reading: the same prepared photos (and thumbnails) against the old disk store, in the same
/// process on the same machine, rounds alternating so that load from elsewhere falls on both: from
/// PostgreSQL alone (<see cref="IFileStore"/> without memory), and through the host's path (the same
/// store behind <see cref="CachedFileStore"/>). Every path hands the bytes on (copied into a pooled
/// buffer, as writing a response would), so a kept copy is not counted as free.
/// </summary>
internal static class FilesBenchmark
{
    private const int Photos = 10;
    private const int StoredFiles = 200;
    private const int Workers = 8;
    private const int Rounds = 3;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(8);
    private static readonly FilePurpose Purpose = new("Benchmark", "photo");

    public static async Task<int> RunAsync()
    {
        var prepared = Reencode();

        await using var app = new BekalApp().With("Files:CacheMegabytes", "0");
        await app.InitializeAsync();
        var root = Path.Combine(Path.GetTempPath(), "bekal-files-benchmark-" + Environment.ProcessId);
        try
        {
            var disk = new DiskFileStore(root);
            var store = app.Services.GetRequiredService<IFileStore>();
            using var host = new CachedFileStore(store, CachedFileStore.DefaultMegabytes);
            var (databaseIds, diskPhotoIds, diskThumbnailIds) = await LoadAsync(app, store, disk, prepared);
            Console.WriteLine(Invariant($"{StoredFiles} files of {prepared.Content.Length / 1024.0:0} KB (thumbnails {prepared.Thumbnail.Length / 1024.0:0} KB) in each store; ")
                + Invariant($"{Workers} workers, {WarmUp.TotalSeconds:0} s warm-up, {Rounds} rounds of {Round.TotalSeconds:0} s per path, alternating; {Environment.ProcessorCount} cores"));
            foreach (var thumbnail in new[] { false, true })
            {
                var diskIds = thumbnail ? diskThumbnailIds : diskPhotoIds;
                async Task Database(int next) => HandOn((await store.ReadAsync(databaseIds[next % StoredFiles], Purpose, thumbnail, CancellationToken.None))!.Content);
                async Task Host(int next) => HandOn((await host.ReadAsync(databaseIds[next % StoredFiles], Purpose, thumbnail, CancellationToken.None))!.Content);
                async Task Disk(int next) => HandOn((await disk.ReadAsync(diskIds[next % StoredFiles]))!.Value.Content);
                var what = thumbnail ? "thumbnails" : "photos";
                var bytes = (thumbnail ? prepared.Thumbnail : prepared.Content).Length;
                await CompareAsync(what, "PostgreSQL alone (IFileStore)", Database, Disk, bytes);
                await CompareAsync(what, "host path (kept in memory)", Host, Disk, bytes);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        return 0;
    }

    private static PreparedImage Reencode()
    {
        var photo = TestImages.PhonePhoto(4000, 3000);
        Console.WriteLine(Invariant($"Re-encoding {Photos} phone photos of {photo.Length / 1_000_000.0:0.0} MB (4000 x 3000, orientation 6, GPS, XMP, IPTC)"));
        ImageUploads.Prepare(photo);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var timer = Stopwatch.StartNew();
        PreparedImage prepared = null!;
        for (var i = 0; i < Photos; i++)
        {
            prepared = ImageUploads.Prepare(photo);
        }

        var wall = timer.Elapsed.TotalMilliseconds / Photos;
        var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Photos;
        Console.WriteLine(Invariant($"re-encoding: {wall:0} ms per photo (wall), {used:0} ms CPU per photo; out {prepared.Content.Length / 1024.0:0} KB + thumbnail {prepared.Thumbnail.Length / 1024.0:0} KB"));
        return prepared;
    }

    private static async Task<(Guid[] Database, Guid[] DiskPhotos, Guid[] DiskThumbnails)> LoadAsync(BekalApp app, IFileStore store, DiskFileStore disk, PreparedImage image)
    {
        var database = new Guid[StoredFiles];
        var photos = new Guid[StoredFiles];
        var thumbnails = new Guid[StoredFiles];
        for (var i = 0; i < StoredFiles; i++)
        {
            await using var session = app.Store.LightweightSession();
            database[i] = store.Save(session, new FileSubject(Purpose, Guid.NewGuid(), Guid.NewGuid()), image);
            await session.SaveChangesAsync();
            photos[i] = await disk.SaveAsync(image.Content, image.MediaType);
            thumbnails[i] = await disk.SaveAsync(image.Thumbnail, image.MediaType);
        }

        return (database, photos, thumbnails);
    }

    private static void HandOn(byte[] content)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(content.Length);
        content.CopyTo(buffer, 0);
        ArrayPool<byte>.Shared.Return(buffer);
    }

    private static async Task CompareAsync(string what, string path, Func<int, Task> database, Func<int, Task> disk, int bytes)
    {
        await Throughput.MeasureAsync(database, Workers, WarmUp);
        await Throughput.MeasureAsync(disk, Workers, WarmUp);
        var databaseRounds = new List<Throughput>();
        var diskRounds = new List<Throughput>();
        for (var round = 0; round < Rounds; round++)
        {
            var databaseFirst = round % 2 == 0;
            if (databaseFirst)
            {
                databaseRounds.Add(await Throughput.MeasureAsync(database, Workers, Round));
            }

            diskRounds.Add(await Throughput.MeasureAsync(disk, Workers, Round));
            if (!databaseFirst)
            {
                databaseRounds.Add(await Throughput.MeasureAsync(database, Workers, Round));
            }
        }

        var fromDatabase = Throughput.Combine(databaseRounds);
        var fromDisk = Throughput.Combine(diskRounds);
        Console.WriteLine(Invariant($"{what}: {path} {fromDatabase.PerSecond:0} files/s, {fromDatabase.PerSecond * bytes / 1_048_576:0} MB/s, p95 {fromDatabase.Percentile(0.95):0.00} ms"));
        Console.WriteLine(Invariant($"{what}: disk store (baseline) {fromDisk.PerSecond:0} files/s, {fromDisk.PerSecond * bytes / 1_048_576:0} MB/s, p95 {fromDisk.Percentile(0.95):0.00} ms"));
        var ratio = fromDatabase.PerSecond / fromDisk.PerSecond;
        Console.WriteLine(Invariant($"{what}: read throughput ratio {path}/disk: {ratio:0.00} (target at least 0.50: {(ratio >= 0.5 ? "met" : "missed")})"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
