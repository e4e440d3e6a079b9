using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Training.Testing;
using Xunit;

namespace Training.Browser.Tests;

/// <summary>
/// The real host on a Kestrel socket, with the demo facility, people and learners, driven by
/// Debian's Chromium (<c>apt-get install chromium</c>): Playwright never downloads a browser here.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    // The port is chosen before the host starts, so that the links the host gives out (a certificate's share link) lead back to it.
    private static readonly int Port = FreePort();

    private readonly KestrelApp _app = new(Port);
    private readonly List<HttpClient> _clients = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri Address { get; private set; } = null!;

    /// <summary>The host itself: its store and services, for what a test arranges the way another module would.</summary>
    public BekalApp App => _app;

    public async Task InitializeAsync()
    {
        // Kestrel serves plain http here, so the session cookie may not insist on https.
        _app.With("Identity:InsecureCookies", "true").With("Demo:Seed", "true")
            .With("Certificates:PublicBaseUrl", $"http://127.0.0.1:{Port}");
        await _app.InitializeAsync();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First());

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
        });
    }

    /// <summary>A fresh browser profile (no cookies) on a tablet-sized screen, with or without script.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1024, Height = 768 },
            JavaScriptEnabled = javaScript,
        });
        return await context.NewPageAsync();
    }

    /// <summary>A client of the JSON API on the same socket that keeps its cookies, to arrange what a page test needs.</summary>
    public HttpClient ApiClient()
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address };
        _clients.Add(client);
        return client;
    }

    /// <summary>An <see cref="ApiClient"/> signed in as a member of staff.</summary>
    public async Task<HttpClient> SignedInAsync(string username, string password)
    {
        var client = ApiClient();
        (await client.PostAsJsonAsync("/api/auth/sign-in", new { username, password })).EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Posts what creates something and answers the id it was given.</summary>
    public static async Task<Guid> CreatedAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _app.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class KestrelApp(int port) : BekalApp
    {
        public override async Task InitializeAsync()
        {
            UseKestrel(port);
            await base.InitializeAsync();
            StartServer();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "Browser";
}
