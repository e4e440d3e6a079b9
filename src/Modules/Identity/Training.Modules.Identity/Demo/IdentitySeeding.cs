using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Training.Modules.Identity.Demo;

/// <summary>
/// At start: the first platform admin of a real deployment (<c>Bootstrap:AdminUsername</c> and
/// <c>Bootstrap:AdminPassword</c>, only while no platform admin exists), and the demo data on an
/// empty database unless <c>Demo:Seed=false</c>. Each is a command, committed and retried as any other.
/// </summary>
internal sealed class IdentitySeeding(IServiceScopeFactory scopes, IConfiguration configuration) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        if (configuration["Bootstrap:AdminUsername"] is { Length: > 0 } username && configuration["Bootstrap:AdminPassword"] is { Length: > 0 } password)
        {
            await mediator.Send(new CreateBootstrapAdmin(username, password), cancellationToken);
        }

        if (configuration.GetValue("Demo:Seed", true) && await mediator.Send(new SeedDemoIdentities(), cancellationToken) is { Count: > 0 } signIns)
        {
            await Console.Out.WriteLineAsync(DemoIdentities.Describe(signIns));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
