using Marten;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Training.BuildingBlocks.Demo;
using Training.Modules.Certificates.Issuers;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Certificates.Demo;

/// <summary>
/// With demo data on: the demo facility's certificates are issued by the province's programme. The
/// demo learners' certificates themselves come the real way, from the passes the Assessments demo records.
/// </summary>
internal sealed class CertificatesDemoSeeding(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<CertificatesDemoSeeding> logger)
    : DemoSeeding(scopes, configuration, clock, logger)
{
    public const string ProgrammeName = "Program Pelatihan Keterampilan Kalimantan Tengah";

    protected override async Task<bool> TrySeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var mediator = services.GetRequiredService<IMediator>();
        if (await mediator.Send(new FindFacility("LPP-PKY"), cancellationToken) is not { } facility)
        {
            return false;
        }

        var session = services.GetRequiredService<IDocumentSession>();
        if (await session.LoadAsync<IssuerProfile>(facility.FacilityId, cancellationToken) is null)
        {
            await mediator.Send(new NameIssuer(ProgrammeName) { FacilityId = facility.FacilityId }, cancellationToken);
        }

        return true;
    }
}
