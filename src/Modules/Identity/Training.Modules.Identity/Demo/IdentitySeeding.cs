using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Accounts;
using Training.Modules.Identity.Facilities;

namespace Training.Modules.Identity.Demo;

/// <summary>
/// At start: the first platform admin of a real deployment (<c>Bootstrap:AdminUsername</c> and
/// <c>Bootstrap:AdminPassword</c>, only while no platform admin exists), and the demo data on an
/// empty database unless <c>Demo:Seed=false</c>.
/// </summary>
internal sealed class IdentitySeeding(IServiceScopeFactory scopes, IConfiguration configuration, Secrets secrets, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        var now = clock.GetUtcNow();

        if (configuration["Bootstrap:AdminUsername"] is { Length: > 0 } username
            && configuration["Bootstrap:AdminPassword"] is { Length: > 0 } password
            && !await session.Query<Account>().AnyAsync(a => a.Role == Roles.PlatformAdmin, cancellationToken))
        {
            await Accounts.Accounts.CreateAsync(session, secrets, username, password, username, Roles.PlatformAdmin, null, null, null, now, cancellationToken);
            await session.SaveChangesAsync(cancellationToken);
        }

        if (configuration.GetValue("Demo:Seed", true) && !await session.Query<Facility>().AnyAsync(cancellationToken))
        {
            var signIns = await DemoIdentities.SeedAsync(session, secrets, now, cancellationToken);
            await session.SaveChangesAsync(cancellationToken);
            await Console.Out.WriteLineAsync(DemoIdentities.Describe(signIns));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
