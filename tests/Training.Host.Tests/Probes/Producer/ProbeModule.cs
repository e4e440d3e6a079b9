using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Modules;

namespace Training.Host.Tests.Probes.Producer;

/// <summary>A producer module that exists only in the tests: it sends probes and stores notes.</summary>
public sealed class ProbeModule : IModule
{
    public string Name => "Probe";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void ConfigureStore(StoreOptions options) =>
        options.Schema.For<ProbeNote>().DatabaseSchemaName(ModuleSchema.For(this));

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        SendProbeEndpoint.Map(api);
        CreateProbeNoteEndpoint.Map(api);
        GetProbeNoteEndpoint.Map(api);
    }
}
