using Marten;
using MediatR;
using Microsoft.Extensions.Options;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Certificates.Issuers;

/// <summary>Every facility with the programme its certificates are issued by, for platform admins. Empty for anyone else.</summary>
internal sealed record ListIssuers : IRequest<IReadOnlyList<IssuerListing>>;

/// <summary>A facility and its issuer; <see cref="Named"/> is false while the platform's default name stands in.</summary>
internal sealed record IssuerListing(Guid FacilityId, string FacilityCode, string FacilityName, bool FacilityActive, string IssuerName, bool Named);

internal sealed class ListIssuersHandler(IQuerySession session, IMediator mediator, ICurrentUser user, IOptions<IssuingOptions> options)
    : IRequestHandler<ListIssuers, IReadOnlyList<IssuerListing>>
{
    public async Task<IReadOnlyList<IssuerListing>> Handle(ListIssuers query, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.PlatformAdmin))
        {
            return [];
        }

        var facilities = await mediator.Send(new ListAllFacilities(), cancellationToken);
        var ids = facilities.Select(f => f.FacilityId).ToArray();
        var profiles = (await session.Query<IssuerProfile>().Where(p => p.Id.IsOneOf(ids)).ToListAsync(cancellationToken)).ToDictionary(p => p.Id);
        return
        [
            .. facilities.Select(f => profiles.TryGetValue(f.FacilityId, out var profile)
                ? new IssuerListing(f.FacilityId, f.Code, f.Name, f.Active, profile.Name, Named: true)
                : new IssuerListing(f.FacilityId, f.Code, f.Name, f.Active, options.Value.DefaultIssuerName, Named: false)),
        ];
    }
}
