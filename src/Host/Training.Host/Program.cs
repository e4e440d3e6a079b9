using Hangfire;
using Scalar.AspNetCore;
using Training.BuildingBlocks.Relay;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Host;
using Training.Host.Database;
using Training.Host.Modules;
using Training.Host.Web;

var builder = WebApplication.CreateBuilder(args);
LocalPostgres? localServer;
try
{
    localServer = await DatabaseSetup.EnsureAsync(builder.Configuration, CancellationToken.None);
}
catch (PostgresNotInstalled e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}

var modules = ModuleCatalog.Discover();
builder.AddBekal(modules);

var app = builder.Build();
if (localServer is not null)
{
    // After the daemon and the job server have stopped.
    app.Lifetime.ApplicationStopped.Register(() => localServer.StopAsync().GetAwaiter().GetResult());
}

app.UseKnownProxies();
app.UseExceptionHandler();
app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRequestLocalization();
app.UseForeignOriginRefusal();
app.UseRouting();
app.UseControlCharacterRefusal();
app.UseEmptyIdsAsNotFound();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });
app.MapOpenApi();
app.MapScalarApiReference("/docs", o => o.DisableDefaultFonts().WithOpenApiRoutePattern("/openapi/{documentName}.json"));
app.MapGet("/docs", () => Results.Redirect("/docs/v1")).ExcludeFromDescription();
app.MapHangfireDashboardWithAuthorizationPolicy(Policies.PlatformAdmin, "/jobs");
app.MapLanguageSwitch();
app.MapRazorPages();

var api = app.MapGroup("/api");
api.MapRelayEndpoints();
api.MapPersonalTasks();
foreach (var module in modules)
{
    module.MapEndpoints(api);
    module.MapWellKnownEndpoints(app);
}

// One plain line for whoever started the host, beside the JSON logs: where to open Bekal, where the demo sign-ins are.
app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine(
    $"Bekal is running: open {string.Join(" or ", app.Urls)} in a browser. Demo sign-ins: printed above on the first start, and in README.md (\"Demo sign-ins\")."));

await app.RunAsync();
return 0;

public partial class Program;
