using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Modules;
using Training.Modules.Rogue.Contracts;

namespace Training.Modules.Rogue;

public sealed class RogueModule : IModule
{
    public string Name => "Rogue";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void ConfigureStore(StoreOptions options)
    {
        GadgetStore.Register(options);
        options.Schema.For<Gadget>().DatabaseSchemaName("sample");
        options.Events.AddEventType<ItemRegistered>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}
