using Marten;
using MediatR;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Brands;

/// <summary>The brand of the caller's facility for its form, or null before it has one.</summary>
internal sealed record GetOwnBrand : IRequest<OwnBrand>;

/// <summary>The facility the form saves for, and its brand when it has one.</summary>
internal sealed record OwnBrand(Guid FacilityId, Brand? Brand);

internal sealed class GetOwnBrandHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<GetOwnBrand, OwnBrand>
{
    public async Task<OwnBrand> Handle(GetOwnBrand query, CancellationToken cancellationToken)
    {
        var facilityId = user.OwnFacility();
        return new OwnBrand(facilityId, await session.LoadAsync<Brand>(Brand.IdFor(facilityId), cancellationToken));
    }
}
