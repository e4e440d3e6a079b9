using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Training.BuildingBlocks.Demo;

namespace Training.Modules.Rogue.Seeding;

/// <summary>Breaks the rule on purpose: demo data outside Demo.</summary>
internal sealed class RogueSeeding(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<RogueSeeding> logger)
    : DemoSeeding(scopes, configuration, clock, logger)
{
    protected override Task<bool> TrySeedAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.FromResult(true);
}
