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

    private static async Task<LocalPostgres> StartAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"bekal-tests-{Environment.ProcessId}");
        var server = await LocalPostgres.StartAsync(_folder, Environment.GetEnvironmentVariable("BEKAL_POSTGRES_BIN"), forTests: true, CancellationToken.None);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            server.StopAsync().GetAwaiter().GetResult();
            Directory.Delete(_folder, recursive: true);
        };
        return server;
    }
}
