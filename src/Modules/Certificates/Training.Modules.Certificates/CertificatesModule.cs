using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Modules;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Credentials;

namespace Training.Modules.Certificates;

/// <summary>Certificates issued on passing: numbered, verifiable by anyone, signed, printable, stigma-free.</summary>
public sealed class CertificatesModule : IModule
{
    public string Name => "Certificates";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CertificateOptions>()
            .Bind(configuration.GetSection(CertificateOptions.Section))
            .Validate(o => o.HasValidUrls(), "Certificates:PublicBaseUrl and Certificates:IssuerUrl must be absolute http(s) addresses.")
            .ValidateOnStart();
        services.AddSingleton<SigningKey>();
        services.AddHostedService<SigningKeyAtStart>();
        services.AddSingleton<OpenBadgeCredential>();
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

    public void MapWellKnownEndpoints(IEndpointRouteBuilder root) => Jwks.Map(root);
}
