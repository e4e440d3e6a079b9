using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Training.BuildingBlocks.Relay;

namespace Training.Host.Health;

/// <summary>Ready only when Marten's async daemon, which carries the integration event relay, is running.</summary>
internal sealed class DaemonHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!RelayRegistration.HasSubscriptions(services))
        {
            return HealthCheckResult.Healthy("No module consumes integration events yet");
        }

        var coordinator = services.GetService<IProjectionCoordinator>();
        if (coordinator is null)
        {
            return HealthCheckResult.Unhealthy("The async daemon is switched off");
        }

        var daemons = await coordinator.AllDaemonsAsync();
        return daemons.Count > 0 && daemons.All(d => d.IsRunning)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The async daemon is not running");
    }
}
