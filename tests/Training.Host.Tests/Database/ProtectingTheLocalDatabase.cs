using System.Runtime.Versioning;
using FluentAssertions;
using Npgsql;
using Training.Host.Database;
using Training.Testing;
using Xunit;

namespace Training.Host.Tests.Database;

[SupportedOSPlatform("linux")]
public sealed class ProtectingTheLocalDatabase
{
    [Theory]
    [InlineData(LocalPostgres.Owner)]
    [InlineData("postgres")]
    public async Task Connecting_without_the_password_is_refused(string username)
    {
        var server = await TestCluster.ServerAsync();
        var withoutPassword = new NpgsqlConnectionStringBuilder(server.ConnectionString("postgres")) { Username = username, Password = null, Passfile = "/dev/null" };

        var connecting = () => Open(withoutPassword.ConnectionString);

        await connecting.Should().ThrowAsync<NpgsqlException>();
    }

    [Theory]
    [InlineData(LocalPostgres.Owner)]
    [InlineData("postgres")]
    public async Task Connecting_with_a_wrong_password_is_refused(string username)
    {
        var server = await TestCluster.ServerAsync();
        var wrong = new NpgsqlConnectionStringBuilder(server.ConnectionString("postgres")) { Username = username, Password = "not-the-password" };

        var connecting = () => Open(wrong.ConnectionString);

        (await connecting.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.InvalidPassword);
    }

    [Fact]
    public async Task The_host_works_as_a_role_that_owns_its_database_and_is_no_superuser()
    {
        var server = await TestCluster.ServerAsync();
        var database = await TestCluster.CreateDatabaseAsync();
        await using var connection = await Open(database);

        (await Scalar(connection, "select rolsuper from pg_roles where rolname = current_user")).Should().Be(false);
        (await Scalar(connection, "select current_user")).Should().Be(LocalPostgres.Owner);
        (await Scalar(connection, "select pg_get_userbyid(datdba) from pg_database where datname = current_database()")).Should().Be(LocalPostgres.Owner);
        server.ConnectionString("postgres").Should().Contain($"Username={LocalPostgres.Owner}");
    }

    [Fact]
    public async Task The_passwords_are_kept_beside_the_cluster_in_a_file_only_the_host_user_may_read()
    {
        var server = await TestCluster.ServerAsync();

        File.GetUnixFileMode(server.PasswordFile).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        (await Run("stat", "-c", "%u", server.PasswordFile)).Should().Be(await Run("id", "-u"));
        File.ReadAllText(server.PasswordFile).Should().Contain(new NpgsqlConnectionStringBuilder(server.ConnectionString("postgres")).Password);
    }

    [Fact]
    public async Task It_has_no_unix_socket()
    {
        var server = await TestCluster.ServerAsync();

        new[] { "/tmp", "/var/run/postgresql" }.Select(folder => Path.Combine(folder, $".s.PGSQL.{server.Port}"))
            .Should().OnlyContain(socket => !File.Exists(socket));
    }

    private static async Task<NpgsqlConnection> Open(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<object?> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task<string> Run(string program, params string[] arguments)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(program, arguments) { RedirectStandardOutput = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Trim();
    }
}
