using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Training.BuildingBlocks.Modules;

namespace Training.BuildingBlocks.Relay;

public static class RelayRegistration
{
    public const string Schema = "relay";

    /// <summary>Subscribes every module that handles integration events to the event store, each under its own checkpoint.</summary>
    public static IServiceCollection AddIntegrationEventRelay(
        this IServiceCollection services, IConfiguration configuration, IReadOnlyCollection<IModule> modules)
    {
        services.Configure<RelayOptions>(configuration.GetSection(RelayOptions.Section));
        services.AddSingleton<Delivery>();
        services.AddScoped<IntegrationEventContext>();
        var routes = new RelayRoutes(modules.ToDictionary(m => m.Name, HandlerRoute.Of));
        services.AddSingleton(routes);
        services.ConfigureMarten((sp, options) =>
        {
            options.Schema.For<InboxEntry>().DatabaseSchemaName(Schema);
            options.Schema.For<DeadLetter>().DatabaseSchemaName(Schema);
            var delivery = sp.GetRequiredService<Delivery>();
            var maxAttempts = sp.GetRequiredService<IOptions<RelayOptions>>().Value.MaxAttempts;
            var clock = sp.GetRequiredService<TimeProvider>();
            foreach (var (module, moduleRoutes) in routes.ByModule.Where(r => r.Value.Count > 0))
            {
                options.Events.Subscribe(new ModuleInbox(module, moduleRoutes, delivery, maxAttempts, clock));
            }
        });
        return services;
    }

    /// <summary>Whether any module handles integration events, so that the daemon has work to run.</summary>
    public static bool HasSubscriptions(IServiceProvider services) =>
        services.GetRequiredService<RelayRoutes>().ByModule.Values.Any(r => r.Count > 0);
}

/// <summary>The integration event handlers of each module, found once at start.</summary>
internal sealed record RelayRoutes(IReadOnlyDictionary<string, IReadOnlyList<HandlerRoute>> ByModule);
