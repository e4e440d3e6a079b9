using System.Net.Http.Json;
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

    public const string AdminUsername = "root-admin";

    /// <summary>Files the host stores in tests go under this folder plus the process id.</summary>
    public const string DataFolderPrefix = "bekal-test-data-";
    public const string AdminPassword = "Root-Admin-Password-1";

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

    /// <summary>A client over https (session cookies are Secure) that keeps its cookies.</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    /// <summary>A client signed in with a username and password.</summary>
    public async Task<HttpClient> SignedInAsync(string username, string password)
    {
        var client = Client();
        var response = await client.PostAsJsonAsync("/api/auth/sign-in", new { username, password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    public Task<HttpClient> AdminAsync() => SignedInAsync(AdminUsername, AdminPassword);

    /// <summary>
    /// The owner's first sign-in with a password an admin issued: it is temporary, so the owner
    /// chooses their own (<paramref name="own"/>) before doing anything else, as a real person would.
    /// </summary>
    public async Task<HttpClient> FirstSignInAsync(string username, string issued, string own)
    {
        var client = Client();
        await ChooseOwnSecretAsync(client, await client.PostAsJsonAsync("/api/auth/sign-in", new { username, password = issued }), issued, own);
        return client;
    }

    /// <summary>A learner's first sign-in with the PIN the officer issued; she chooses her own PIN (<paramref name="own"/>).</summary>
    public async Task<HttpClient> LearnerFirstSignInAsync(string facilityCode, string learnerNumber, string issued, string own)
    {
        var client = Client();
        await ChooseOwnSecretAsync(client, await client.PostAsJsonAsync("/api/auth/learner-sign-in", new { facilityCode, learnerNumber, pin = issued }), issued, own);
        return client;
    }

    private static async Task ChooseOwnSecretAsync(HttpClient client, HttpResponseMessage signIn, string issued, string own)
    {
        signIn.EnsureSuccessStatusCode();
        var me = await signIn.Content.ReadFromJsonAsync<SignedInAs>();
        if (me!.MustChangeSecret)
        {
            (await client.PostAsJsonAsync("/api/me/secret", new { current = issued, @new = own })).EnsureSuccessStatusCode();
        }
    }

    private sealed record SignedInAs(bool MustChangeSecret);

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
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Data:Folder", Path.Combine(Path.GetTempPath(), DataFolderPrefix + Environment.ProcessId));
        builder.UseSetting("Bootstrap:AdminUsername", AdminUsername);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);

        // Fewer hashing rounds than production: the same code, a test suite that signs in often.
        builder.UseSetting("Identity:HashIterations", "10000");

        // The test server has no client address, so every test of a class shares one: its sign-ins,
        // failed sign-ins and registrations are not limited unless a test asks for it.
        builder.UseSetting("Identity:SignInsPerMinutePerAddress", "100000");
        builder.UseSetting("Identity:FailedSignIns:PerAddress", "100000");
        builder.UseSetting("Identity:RegistrationsPerHourPerAddress", "100000");
        builder.UseSetting("Crafts:OrdersPerHourPerAddress", "100000");
        builder.UseSetting("Logging:Console:FormatterName", "simple");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
