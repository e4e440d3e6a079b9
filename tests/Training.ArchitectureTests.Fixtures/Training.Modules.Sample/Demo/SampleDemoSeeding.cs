using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Training.BuildingBlocks.Demo;

namespace Training.Modules.Sample.Demo;

/// <summary>Demo data, kept in Demo.</summary>
internal sealed class SampleDemoSeeding(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<SampleDemoSeeding> logger)
    : DemoSeeding(scopes, configuration, clock, logger)
{
    protected override Task<bool> TrySeedAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.FromResult(true);
}
