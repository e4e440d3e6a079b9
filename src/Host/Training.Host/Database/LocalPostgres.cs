using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Training.Host.Database;

/// <summary>
/// A private PostgreSQL cluster in a data folder, for a machine with no database configured
/// and for test runs. Initialised on first use, reused afterwards (nothing is lost between
/// runs), listening on loopback only with no unix socket, every connection proving a password,
/// run as the <c>postgres</c> user when started as root. The host connects as <see cref="Owner"/>.
/// </summary>
public sealed class LocalPostgres
{
    /// <summary>The role the host works as: it owns the application's databases and is no superuser.</summary>
    public const string Owner = "bekal";

    private const string Superuser = "postgres";
    private readonly string _bin;
    private readonly string _folder;
    private readonly string _dataDir;
    private readonly bool _asPostgresUser;
    private PostgresSecrets? _secrets;

    private LocalPostgres(string bin, string folder)
    {
        _bin = bin;
        _folder = Path.GetFullPath(folder);
        _dataDir = Path.Combine(_folder, "postgres");
        _asPostgresUser = Environment.UserName == "root";
    }

    public int Port { get; private set; }

    /// <summary>The file with the cluster's passwords (mode 600), beside the cluster's own folder.</summary>
    public string PasswordFile => Path.Combine(_folder, PostgresSecrets.FileName);

    /// <summary>Starts (or adopts, when a server of this folder still runs) the cluster kept in <paramref name="folder"/>.</summary>
    public static async Task<LocalPostgres> StartAsync(string folder, string? binFolder, bool forTests, CancellationToken cancellationToken)
    {
        var server = new LocalPostgres(PostgresBinaries.Find(binFolder), folder);
        await server.StartAsync(forTests, cancellationToken);
        return server;
    }

    /// <summary>The application role's connection to <paramref name="database"/>.</summary>
    public string ConnectionString(string database) => Connection(Owner, Secrets.Owner, database, pooling: true);

    /// <summary>Creates the database, owned by the application role, unless it exists; hands an older one over to that role.</summary>
    public async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken)
    {
        var quoted = "\"" + database.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var connection = await OpenAsSuperuserAsync(Secrets.Superuser, "postgres", cancellationToken);
        await using var owner = new NpgsqlCommand("select pg_get_userbyid(datdba) from pg_database where datname = $1", connection);
        owner.Parameters.AddWithValue(database);
        var current = await owner.ExecuteScalarAsync(cancellationToken);
        if (Equals(current, Owner))
        {
            return;
        }

        if (current is not null)
        {
            // Its contents first: should that fail, the next start sees a database still to hand over.
            await using var inDatabase = await OpenAsSuperuserAsync(Secrets.Superuser, database, cancellationToken);
            await ClusterAccess.HandOverAsync(inDatabase, cancellationToken);
        }

        var sql = current is null ? $"create database {quoted} owner {Owner}" : $"alter database {quoted} owner to {Owner}";
        await using var change = new NpgsqlCommand(sql, connection);
        await change.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Stops the server; <paramref name="immediate"/> skips the shutdown checkpoint (for throwaway test clusters).</summary>
    public async Task StopAsync(bool immediate = false)
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync("pg_ctl", ["-D", _dataDir, "-m", immediate ? "immediate" : "fast", "-w", "-t", "30", "stop"], CancellationToken.None, throwOnError: false);
    }

    /// <summary>Stops whatever server still runs on a data folder left behind by a process that died.</summary>
    public static Task StopLeftoverAsync(string folder, string? binFolder) =>
        new LocalPostgres(PostgresBinaries.Find(binFolder), folder).StopAsync(immediate: true);

    private PostgresSecrets Secrets => _secrets ?? throw new InvalidOperationException("The local cluster has not started.");

    private string PortFile => Path.Combine(_folder, "postgres.port");

    private async Task StartAsync(bool forTests, CancellationToken cancellationToken)
    {
        var secrets = PostgresSecrets.Load(PasswordFile);
        if (!File.Exists(Path.Combine(_dataDir, "PG_VERSION")))
        {
            // Saved before initdb: a cluster never exists whose password was lost.
            Directory.CreateDirectory(_folder);
            secrets ??= PostgresSecrets.New().Save(PasswordFile);
            await InitialiseAsync(secrets.Superuser, cancellationToken);
        }

        if (!await AdoptRunningAsync(secrets?.Superuser, cancellationToken))
        {
            await StartServerAsync(forTests, cancellationToken);
        }

        await using (var superuser = await OpenAsSuperuserAsync(secrets?.Superuser, "postgres", cancellationToken))
        {
            if (secrets is null)
            {
                // A cluster from before passwords (it trusted every local connection): give it its passwords now.
                secrets = PostgresSecrets.New();
                await ClusterAccess.SetSuperuserPasswordAsync(superuser, secrets.Superuser, cancellationToken);
                secrets.Save(PasswordFile);
            }

            await ClusterAccess.EnsureOwnerRoleAsync(superuser, secrets.Owner, cancellationToken);
            if (ClusterAccess.RequirePasswords(_dataDir))
            {
                await ClusterAccess.ReloadAsync(superuser, cancellationToken);
            }
        }

        _secrets = secrets;
    }

    /// <summary>
    /// A host that was killed leaves its server running. If that server answers on the recorded port
    /// as this folder's cluster, it is kept; otherwise it is stopped (a fast stop: it checkpoints,
    /// nothing committed is lost) so that exactly one server, started here, runs on the folder.
    /// </summary>
    private async Task<bool> AdoptRunningAsync(string? superuserPassword, CancellationToken cancellationToken)
    {
        if (await RunAsync("pg_ctl", ["-D", _dataDir, "status"], cancellationToken, throwOnError: false) != 0)
        {
            return false;
        }

        if (ReadPort() is { } port)
        {
            Port = port;
            if (await IsThisClusterAsync(superuserPassword, cancellationToken))
            {
                return true;
            }
        }

        await RunAsync("pg_ctl", ["-D", _dataDir, "-m", "fast", "-w", "-t", "60", "stop"], cancellationToken);
        return false;
    }

    private async Task<bool> IsThisClusterAsync(string? superuserPassword, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsSuperuserAsync(superuserPassword, "postgres", cancellationToken);
            await using var directory = new NpgsqlCommand("select current_setting('data_directory')", connection);
            return await directory.ExecuteScalarAsync(cancellationToken) is string answered
                && string.Equals(Path.TrimEndingDirectorySeparator(answered), _dataDir, StringComparison.Ordinal);
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    private async Task StartServerAsync(bool forTests, CancellationToken cancellationToken)
    {
        Port = ReadPort() is { } previous && IsFree(previous) ? previous : FreePort();
        var settings = $"-c listen_addresses=127.0.0.1 -p {Port} -c unix_socket_directories='' -c max_connections=400";
        if (forTests)
        {
            // A test cluster is thrown away: durability only costs time.
            settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        }

        await RunAsync("pg_ctl", ["-D", _dataDir, "-l", Path.Combine(_dataDir, "server.log"), "-w", "-t", "60", "-o", settings, "start"], cancellationToken);
        await File.WriteAllTextAsync(PortFile, Port.ToString(CultureInfo.InvariantCulture), cancellationToken);
    }

    private int? ReadPort() => File.Exists(PortFile) && int.TryParse(File.ReadAllText(PortFile), out var port) ? port : null;

    private async Task InitialiseAsync(string superuserPassword, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_dataDir);
        // initdb reads the superuser's password from a file, deleted as soon as it has run.
        var passwordFile = Path.Combine(Path.GetTempPath(), $"bekal-pw-{Guid.NewGuid():N}");
        PostgresSecrets.WriteOwnerOnly(passwordFile, superuserPassword);
        try
        {
            if (_asPostgresUser && !OperatingSystem.IsWindows())
            {
                // The server runs as postgres: it must be able to pass through the data folder to its own.
                File.SetUnixFileMode(_folder, File.GetUnixFileMode(_folder) | UnixFileMode.OtherExecute);
                await RunRawAsync("chown", ["-R", $"{Superuser}:{Superuser}", _dataDir], cancellationToken);
                await RunRawAsync("chown", [$"{Superuser}:{Superuser}", passwordFile], cancellationToken);
            }

            await RunAsync(
                "initdb",
                ["-D", _dataDir, "-U", Superuser, "--auth=scram-sha-256", $"--pwfile={passwordFile}", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private async Task<NpgsqlConnection> OpenAsSuperuserAsync(string? password, string database, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(Connection(Superuser, password, database, pooling: false));
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private string Connection(string username, string? password, string database, bool pooling) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = username,
        Password = password,
        Database = database,
        Pooling = pooling,
    }.ConnectionString;

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
