using Training.Host.Database;

namespace Training.Testing;

/// <summary>
/// One private PostgreSQL cluster per test run, started with the host's own starter, and a
/// fresh database for every test class. Stopped and removed when the test process exits.
/// </summary>
public static class TestCluster
{
    private static readonly Lazy<Task<LocalPostgres>> Server = new(StartAsync);
    private static string? _folder;

    /// <summary>A new, empty database; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = await Server.Value;
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        await server.EnsureDatabaseAsync(name, CancellationToken.None);
        return server.ConnectionString(name);
    }

    /// <summary>The running cluster itself, for tests of the starter.</summary>
    public static Task<LocalPostgres> ServerAsync() => Server.Value;

    private const string Prefix = "bekal-tests-";

    private static string? Bin => Environment.GetEnvironmentVariable("BEKAL_POSTGRES_BIN");

    private static async Task<LocalPostgres> StartAsync()
    {
        await SweepLeftoversAsync();
        _folder = Path.Combine(Path.GetTempPath(), Prefix + Environment.ProcessId);
        var server = await LocalPostgres.StartAsync(_folder, Bin, forTests: true, CancellationToken.None);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            server.StopAsync(immediate: true).GetAwaiter().GetResult();
            Directory.Delete(_folder, recursive: true);
        };
        return server;
    }

    /// <summary>
    /// The test runner may end a test process before its exit handler has finished: clusters of
    /// processes that are gone are stopped and removed here, at the start of the next run.
    /// </summary>
    private static async Task SweepLeftoversAsync()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            if (int.TryParse(Path.GetFileName(folder)[Prefix.Length..], out var pid) && !IsRunning(pid))
            {
                await LocalPostgres.StopLeftoverAsync(folder, Bin);
                DeleteLeftover(folder);
            }
        }

        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), BekalApp.DataFolderPrefix + "*"))
        {
            if (int.TryParse(Path.GetFileName(folder)[BekalApp.DataFolderPrefix.Length..], out var pid) && !IsRunning(pid))
            {
                DeleteLeftover(folder);
            }
        }
    }

    // Test processes of several projects start together and sweep the same leftovers: whoever comes second finds them gone.
    private static void DeleteLeftover(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
