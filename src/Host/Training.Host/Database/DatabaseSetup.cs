namespace Training.Host.Database;

/// <summary>Makes sure the host has a database: the configured one, or a private local cluster.</summary>
internal static class DatabaseSetup
{
    public const string ConnectionName = "Training";

    /// <summary>Returns the local server it started (to stop with the host), or null when a connection string is configured.</summary>
    public static async Task<LocalPostgres?> EnsureAsync(ConfigurationManager configuration, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString(ConnectionName)))
        {
            return null;
        }

        var server = await LocalPostgres.StartAsync(
            configuration["Data:Folder"] ?? ".data", configuration["Data:PostgresBin"], forTests: false, cancellationToken);
        var database = configuration["Data:Database"] ?? "bekal";
        await server.EnsureDatabaseAsync(database, cancellationToken);
        configuration[$"ConnectionStrings:{ConnectionName}"] = server.ConnectionString(database);
        return server;
    }
}
