using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Training.Host.Database;

/// <summary>
/// A private PostgreSQL cluster in a data folder, for a machine with no database configured
/// and for test runs. Initialised on first use, reused afterwards (nothing is lost between
/// runs), listening on loopback only, run as the <c>postgres</c> user when started as root.
/// </summary>
public sealed class LocalPostgres
{
    private const string Superuser = "postgres";
    private readonly string _bin;
    private readonly string _dataDir;
    private readonly bool _asPostgresUser;

    private LocalPostgres(string bin, string dataDir, int port)
    {
        _bin = bin;
        _dataDir = dataDir;
        Port = port;
        _asPostgresUser = Environment.UserName == "root";
    }

    public int Port { get; private set; }

    /// <summary>Starts (or joins, when already running) the cluster kept in <paramref name="folder"/>.</summary>
    public static async Task<LocalPostgres> StartAsync(string folder, string? binFolder, bool forTests, CancellationToken cancellationToken)
    {
        var bin = PostgresBinaries.Find(binFolder);
        var server = new LocalPostgres(bin, Path.Combine(Path.GetFullPath(folder), "postgres"), 0);
        await server.StartAsync(forTests, cancellationToken);
        return server;
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Database = database,
        Pooling = true,
    }.ConnectionString;

    /// <summary>Creates the database unless it exists.</summary>
    public async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", connection);
        exists.Parameters.AddWithValue(database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"create database \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Stops the server; <paramref name="immediate"/> skips the shutdown checkpoint (for throwaway test clusters).</summary>
    public async Task StopAsync(bool immediate = false)
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync("pg_ctl", ["-D", _dataDir, "-m", immediate ? "immediate" : "fast", "-w", "-t", "30", "stop"], CancellationToken.None, throwOnError: false);
    }

    /// <summary>Stops whatever server still runs on a data folder left behind by a process that died.</summary>
    public static Task StopLeftoverAsync(string folder, string? binFolder) =>
        new LocalPostgres(PostgresBinaries.Find(binFolder), Path.Combine(Path.GetFullPath(folder), "postgres"), 0).StopAsync(immediate: true);

    private async Task StartAsync(bool forTests, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(_dataDir, "PG_VERSION")))
        {
            await InitialiseAsync(cancellationToken);
        }

        var portFile = Path.Combine(Path.GetDirectoryName(_dataDir)!, "postgres.port");
        var running = await RunAsync("pg_ctl", ["-D", _dataDir, "status"], cancellationToken, throwOnError: false) == 0;
        if (running && File.Exists(portFile) && int.TryParse(await File.ReadAllTextAsync(portFile, cancellationToken), out var runningPort))
        {
            Port = runningPort;
            return;
        }

        Port = File.Exists(portFile) && int.TryParse(await File.ReadAllTextAsync(portFile, cancellationToken), out var previous) && IsFree(previous)
            ? previous
            : FreePort();
        var settings = $"-c listen_addresses=127.0.0.1 -p {Port} -c unix_socket_directories='' -c max_connections=400";
        if (forTests)
        {
            // A test cluster is thrown away: durability only costs time.
            settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        }

        await RunAsync("pg_ctl", ["-D", _dataDir, "-l", Path.Combine(_dataDir, "server.log"), "-w", "-t", "60", "-o", settings, "start"], cancellationToken);
        await File.WriteAllTextAsync(portFile, Port.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
    }

    private async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_dataDir);
        if (_asPostgresUser && !OperatingSystem.IsWindows())
        {
            // The server runs as postgres: it must be able to pass through the data folder to its own.
            var folder = Path.GetDirectoryName(_dataDir)!;
            File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.OtherExecute);
            await RunRawAsync("chown", ["-R", $"{Superuser}:{Superuser}", _dataDir], cancellationToken);
        }

        await RunAsync("initdb", ["-D", _dataDir, "-U", Superuser, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], cancellationToken);
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task<int> RunAsync(string program, string[] arguments, CancellationToken cancellationToken, bool throwOnError = true)
    {
        var path = Path.Combine(_bin, program);
        return _asPostgresUser
            ? RunRawAsync("runuser", ["-u", Superuser, "--", path, .. arguments], cancellationToken, throwOnError)
            : RunRawAsync(path, arguments, cancellationToken, throwOnError);
    }

    private static async Task<int> RunRawAsync(string program, string[] arguments, CancellationToken cancellationToken, bool throwOnError = true)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (throwOnError && process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }

        return process.ExitCode;
    }
}
