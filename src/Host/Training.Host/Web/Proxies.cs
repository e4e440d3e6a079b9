using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;

namespace Training.Host.Web;

/// <summary>
/// Behind a TLS proxy the client's own address (for the sign-in rate limit and the sign-in records)
/// and the https scheme come from forwarded headers, trusted only from the proxies configured in
/// <c>Proxy:KnownProxies</c>. Cookie and antiforgery keys live in the data folder, so sessions outlive
/// a restart; several hosts must share that folder's <c>keys</c>.
/// </summary>
internal static class Proxies
{
    private const string KnownProxies = "Proxy:KnownProxies";

    public static IServiceCollection AddProxiesAndKeys(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in ConfiguredProxies(configuration))
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        services.AddDataProtection()
            .SetApplicationName("Bekal")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(configuration["Data:Folder"] ?? ".data", "keys")));
        return services;
    }

    /// <summary>
    /// Reads forwarded headers only when proxies are configured: with none listed the middleware
    /// would believe any sender, and a client could choose its own address.
    /// </summary>
    public static void UseKnownProxies(this WebApplication app)
    {
        if (ConfiguredProxies(app.Configuration).Length > 0)
        {
            app.UseForwardedHeaders();
        }
    }

    private static string[] ConfiguredProxies(IConfiguration configuration) => configuration.GetSection(KnownProxies).Get<string[]>() ?? [];
}
