using System.Net;
using System.Threading.RateLimiting;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Modules;
using Training.BuildingBlocks.Web;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Credentials;
using Training.Modules.Certificates.Demo;
using Training.Modules.Certificates.Documents;
using Training.Modules.Certificates.Holders;
using Training.Modules.Certificates.Issuers;
using Training.Modules.Certificates.Issuing;
using Training.Modules.Certificates.Notices;
using Training.Modules.Certificates.Scheduling;
using Training.Modules.Certificates.Verification;
using Training.Modules.Certificates.Web;

namespace Training.Modules.Certificates;

/// <summary>Certificates issued on passing: numbered, verifiable by anyone, signed, printable, stigma-free.</summary>
public sealed class CertificatesModule : IModule
{
    public string Name => "Certificates";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Certificates");
        services.Configure<IssuingOptions>(section);
        services.AddScoped<Issuance>();
        services.AddScoped<IssuerNames>();
        services.AddScoped<CertificateAccess>();
        services.AddTransient<CertificateExpiryJob>();
        services.AddHostedService<ExpirySchedule>();
        services.AddHostedService<CertificatesDemoSeeding>();
        services.AddScoped<CertificatesErrorTexts>();
        services.AddScoped<INavigationContributor, CertificatesNavigation>();
        services.AddScoped<ITaskContributor, CertificatesTasks>();

        // Verification is public, so it is limited per client address: a code cannot be found by trying many.
        var perMinute = section.GetValue("VerificationsPerMinutePerAddress", new IssuingOptions().VerificationsPerMinutePerAddress);
        services.AddRateLimiter(o => o.AddPolicy(VerifyCertificateEndpoint.RateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
            (context.Connection.RemoteIpAddress ?? IPAddress.Loopback).ToString(),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));

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
        CertificatesStoredNames.All.ApplyTo(options);
        options.Projections.Snapshot<Certificate>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<IssuerProfile>(SnapshotLifecycle.Inline);
        options.Schema.For<Certificate>().DatabaseSchemaName(schema)
            .UniqueIndex(c => c.VerificationCode)
            .UniqueIndex(c => c.Number)
            .Index(c => c.LearnerId)
            .Index(c => c.ValidUntil);
        options.Schema.For<IssuerProfile>().DatabaseSchemaName(schema);
        options.Schema.For<CertificateNumbering>().DatabaseSchemaName(schema).UseOptimisticConcurrency(true);
        options.Schema.For<Notice>().DatabaseSchemaName(schema).Index(n => n.LearnerId);
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        VerifyCertificateEndpoint.Map(api);
        MyCertificatesEndpoint.Map(api);
        ListLearnerCertificatesEndpoint.Map(api);
        RevokeCertificateEndpoint.Map(api);
        ReissueCertificateEndpoint.Map(api);
        NameIssuerEndpoint.Map(api);
        MyNoticesEndpoint.Map(api);
        DownloadCredentialEndpoint.Map(api);
        DownloadPdfEndpoint.Map(api);
        CredentialStatusEndpoint.Map(api);
    }

    public void MapWellKnownEndpoints(IEndpointRouteBuilder root) => Jwks.Map(root);
}
