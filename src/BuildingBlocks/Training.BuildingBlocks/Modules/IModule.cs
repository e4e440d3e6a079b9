using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Training.BuildingBlocks.Modules;

/// <summary>
/// The one public entry point of a module. The host finds every implementation in the
/// assemblies it ships with and calls it; adding a module is adding a project reference.
/// </summary>
public interface IModule
{
    /// <summary>The module's name; its documents live in the database schema of the same name in lower case.</summary>
    string Name { get; }

    /// <summary>Adds the module's own services (MediatR handlers and validators are found by the host).</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Adds the module's documents (in its own schema), projections and event types to the one store.</summary>
    void ConfigureStore(StoreOptions options);

    /// <summary>Maps the module's API endpoints on the group under <c>/api</c>.</summary>
    void MapEndpoints(IEndpointRouteBuilder api);

    /// <summary>Maps endpoints whose address is fixed by a standard outside <c>/api</c> (e.g. <c>/.well-known/...</c>).</summary>
    void MapWellKnownEndpoints(IEndpointRouteBuilder root)
    {
    }
}
