using FluentAssertions;
using Npgsql;
using Training.Host.Database;
using Training.Testing;
using Xunit;

namespace Training.Host.Tests.Database;

public sealed class StartingALocalDatabase
{
    [Fact]
    public async Task Data_written_before_a_stop_is_there_after_the_next_start()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"bekal-restart-{Guid.NewGuid():N}");
        try
        {
            var first = await LocalPostgres.StartAsync(folder, null, forTests: true, CancellationToken.None);
            await first.EnsureDatabaseAsync("bekal", CancellationToken.None);
            await Execute(first.ConnectionString("bekal"), "create table kept (word text); insert into kept values ('purun')");
            await first.StopAsync();

            var second = await LocalPostgres.StartAsync(folder, null, forTests: true, CancellationToken.None);
            await second.EnsureDatabaseAsync("bekal", CancellationToken.None);
            await using var connection = new NpgsqlConnection(second.ConnectionString("bekal"));
            await connection.OpenAsync();
            await using var read = new NpgsqlCommand("select word from kept", connection);
            (await read.ExecuteScalarAsync()).Should().Be("purun");
            await second.StopAsync();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task It_listens_on_loopback_only()
    {
        var server = await TestCluster.ServerAsync();
        await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("show listen_addresses", connection);

        (await command.ExecuteScalarAsync()).Should().Be("127.0.0.1");
    }

    [Fact]
    public void Without_postgresql_installed_it_says_which_package_to_install()
    {
        var empty = Directory.CreateTempSubdirectory("bekal-nobin-").FullName;

        var finding = () => PostgresBinaries.Find(empty);

        finding.Should().Throw<PostgresNotInstalled>().WithMessage("*apt-get install postgresql*");
        Directory.Delete(empty);
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
