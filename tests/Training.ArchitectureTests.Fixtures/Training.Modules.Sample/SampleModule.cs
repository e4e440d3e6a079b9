using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Modules;
using Training.Modules.Sample.Contracts;
using Training.Modules.Sample.Items;
using Training.Modules.Sample.Scheduling;

namespace Training.Modules.Sample;

public sealed class SampleModule : IModule
{
    public string Name => "Sample";

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddTransient<SampleCleanupJob>();

    public void ConfigureStore(StoreOptions options)
    {
        options.Schema.For<Item>().DatabaseSchemaName(ModuleSchema.For(this));
        options.Events.AddEventType<ItemRegistered>();
        options.Events.AddEventType<ItemRenamed>();
        options.Events.AddEventType<ItemRegisteredIntegrationEvent>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}
