using Training.Testing;

namespace Training.Host.Tests.Web;

/// <summary>The host on a real Kestrel socket, for what the in-memory server does not enforce (body size limits).</summary>
public sealed class KestrelBekalApp : BekalApp
{
    // Plain http on the loopback socket: session cookies must travel without TLS.
    public KestrelBekalApp() => With("Identity:InsecureCookies", "true");

    public override async Task InitializeAsync()
    {
        UseKestrel(0);
        await base.InitializeAsync();
        StartServer();
    }
}
