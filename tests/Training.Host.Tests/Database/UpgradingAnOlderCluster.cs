using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Runtime.Versioning;
using FluentAssertions;
using Npgsql;
using Training.Host.Database;
using Training.Testing;
using Xunit;

namespace Training.Host.Tests.Database;

[SupportedOSPlatform("linux")]
public sealed class UpgradingAnOlderCluster
{
    private static readonly bool AsRoot = Environment.UserName == "root";

    [Fact]
    public async Task A_cluster_that_trusted_everyone_gets_passwords_and_the_host_keeps_its_data_as_the_owner_role()
    {
        var folder = Directory.CreateTempSubdirectory("bekal-upgrade-").FullName;
        var dataDir = Path.Combine(folder, "postgres");
        try
        {
            // What the host made before passwords: initdb --auth=trust, everything owned by the superuser.
            var port = await StartTrustingClusterAsync(folder, dataDir);
            var trusted = $"Host=127.0.0.1;Port={port};Username=postgres;Database=bekal;Pooling=false";
            await Execute(trusted.Replace("Database=bekal", "Database=postgres", StringComparison.Ordinal), "create database bekal");
            await using (var before = new BekalApp().OnDatabase(trusted))
            {
                await before.InitializeAsync();
                var admin = await before.AdminAsync();
                (await admin.PostAsJsonAsync("/api/facilities", new { code = "OLD-1", name = "Rumah Belajar Lama", timeZone = "Asia/Jakarta" }))
                    .StatusCode.Should().Be(HttpStatusCode.Created);
            }

            await PgCtl(dataDir, "-m", "fast", "-w", "stop");

            var server = await LocalPostgres.StartAsync(folder, null, forTests: true, CancellationToken.None);
            try
            {
                await server.EnsureDatabaseAsync("bekal", CancellationToken.None);
                await using (var after = new BekalApp().OnDatabase(server.ConnectionString("bekal")))
                {
                    await after.InitializeAsync();
                    var admin = await after.AdminAsync();
                    (await admin.GetStringAsync("/api/facilities")).Should().Contain("OLD-1");
                    (await admin.PostAsJsonAsync("/api/facilities", new { code = "NEW-1", name = "Rumah Belajar Baru", timeZone = "Asia/Jakarta" }))
                        .StatusCode.Should().Be(HttpStatusCode.Created);
                }

                var withoutPassword = new NpgsqlConnectionStringBuilder(trusted) { Port = server.Port, Passfile = "/dev/null" };
                await FluentActions.Awaiting(() => Execute(withoutPassword.ConnectionString, "select 1")).Should().ThrowAsync<NpgsqlException>();
                File.GetUnixFileMode(server.PasswordFile).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            finally
            {
                await server.StopAsync(immediate: true);
            }
        }
        finally
        {
            await LocalPostgres.StopLeftoverAsync(folder, null);
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> StartTrustingClusterAsync(string folder, string dataDir)
    {
        Directory.CreateDirectory(dataDir);
        if (AsRoot)
        {
            File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.OtherExecute);
            await Run("chown", "-R", "postgres:postgres", dataDir);
        }

        await AsPostgres("initdb", "-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await PgCtl(dataDir, "-l", Path.Combine(dataDir, "server.log"), "-w", "-o", $"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories='' -c fsync=off", "start");
        await File.WriteAllTextAsync(Path.Combine(folder, "postgres.port"), port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return port;
    }

    private static Task PgCtl(string dataDir, params string[] arguments) => AsPostgres("pg_ctl", ["-D", dataDir, .. arguments]);

    private static Task AsPostgres(string program, params string[] arguments)
    {
        var path = Path.Combine(PostgresBinaries.Find(null), program);
        return AsRoot ? Run("runuser", ["-u", "postgres", "--", path, .. arguments]) : Run(path, arguments);
    }

    private static async Task Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, $"{program} {string.Join(' ', arguments)} says: {error}{await output}");
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
