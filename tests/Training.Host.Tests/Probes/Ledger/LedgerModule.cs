using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Modules;

namespace Training.Host.Tests.Probes.Ledger;

/// <summary>A consumer that records every probe it is given, per probe and per stream.</summary>
public sealed class LedgerModule : IModule
{
    public string Name => "Ledger";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void ConfigureStore(StoreOptions options)
    {
        options.Schema.For<LedgerEntry>().DatabaseSchemaName(ModuleSchema.For(this));
        options.Schema.For<LedgerStream>().DatabaseSchemaName(ModuleSchema.For(this));
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}

/// <summary>How many times a probe changed the ledger (exactly once is right), and when it was committed and first applied.</summary>
internal sealed record LedgerEntry(Guid Id, int TimesApplied, DateTimeOffset CommittedAt, DateTimeOffset FirstAppliedAt);

/// <summary>The probe numbers of one stream in the order they arrived.</summary>
internal sealed record LedgerStream(Guid Id, IReadOnlyList<int> Numbers);
