using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Training.Testing;

/// <summary>
/// The real host on a fresh database of the test cluster: the same Program, the same
/// Marten store, relay and job server as production. Use as a class fixture.
/// </summary>
public class BekalApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);

    public string ConnectionString { get; private set; } = "";

    /// <summary>Uses an existing database instead of a fresh one (for restart tests).</summary>
    public BekalApp OnDatabase(string connectionString)
    {
        ConnectionString = connectionString;
        return this;
    }

    public BekalApp With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public virtual async Task InitializeAsync()
    {
        if (ConnectionString.Length == 0)
        {
            ConnectionString = await TestCluster.CreateDatabaseAsync();
        }

        _ = Services;
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSolutionRelativeContentRoot("src/Host/Training.Host", "Training.sln");
        builder.UseSetting("ConnectionStrings:Training", ConnectionString);
        builder.UseSetting("Relay:RetryDelay", "00:00:00.020");
        builder.UseSetting("Logging:Console:FormatterName", "simple");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
