using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Modules;
using Training.Modules.Certificates.Certificates;

namespace Training.Modules.Certificates;

/// <summary>Certificates issued on passing: numbered, verifiable by anyone, signed, printable, stigma-free.</summary>
public sealed class CertificatesModule : IModule
{
    public string Name => "Certificates";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void ConfigureStore(StoreOptions options)
    {
        var schema = ModuleSchema.For(this);
        options.Projections.Snapshot<Certificate>(SnapshotLifecycle.Inline);
        options.Schema.For<Certificate>().DatabaseSchemaName(schema)
            .UniqueIndex(c => c.VerificationCode)
            .UniqueIndex(c => c.Number)
            .Index(c => c.LearnerId)
            .Index(c => c.FacilityId);
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
    }
}
