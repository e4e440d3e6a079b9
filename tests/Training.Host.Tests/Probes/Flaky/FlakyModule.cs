using System.Collections.Concurrent;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Modules;

namespace Training.Host.Tests.Probes.Flaky;

/// <summary>A consumer that fails as often as each probe asks it to.</summary>
public sealed class FlakyModule : IModule
{
    public string Name => "Flaky";

    /// <summary>Attempts seen per probe, across retries and hosts.</summary>
    internal static readonly ConcurrentDictionary<Guid, int> Attempts = new();

    /// <summary>Probes whose fault has been fixed: the next attempt succeeds.</summary>
    internal static readonly ConcurrentDictionary<Guid, bool> Healed = new();

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void ConfigureStore(StoreOptions options) =>
        options.Schema.For<FlakyReceipt>().DatabaseSchemaName(ModuleSchema.For(this));

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}

internal sealed record FlakyReceipt(Guid Id, int Attempts);
