using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Training.BuildingBlocks.Errors;

namespace Training.BuildingBlocks.Demo;

/// <summary>
/// A module's demo data, made beside start-up once what it builds on exists (another module's demo
/// data, made by that module). Off with <c>Demo:Seed=false</c>. A module seeds through a command, so that
/// the unit of work commits it and a lost race is tried again like any other. A failure is logged,
/// never fatal: demo data is a convenience, the platform runs without it.
/// </summary>
public abstract partial class DemoSeeding(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(1);
    private const int Attempts = 180;

    protected TimeProvider Clock { get; } = clock;

    /// <summary>Seeds when it can and answers true, or answers false to be asked again a second later.</summary>
    protected abstract Task<bool> TrySeedAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Demo:Seed", true))
        {
            return;
        }

        try
        {
            for (var attempt = 0; attempt < Attempts && !stoppingToken.IsCancellationRequested; attempt++)
            {
                if (await TrySeedOnceAsync(stoppingToken))
                {
                    return;
                }

                await Task.Delay(Wait, Clock, stoppingToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            NotSeeded(logger, GetType().Name, e);
        }
    }

    private async Task<bool> TrySeedOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            return await TrySeedAsync(scope.ServiceProvider, cancellationToken);
        }
        catch (Exception e) when (Conflicts.IsConflict(e))
        {
            // Still racing the relay or another host after the command's own retries: seed again a second later.
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Seeding}: demo data could not be created")]
    private static partial void NotSeeded(ILogger logger, string seeding, Exception error);
}
