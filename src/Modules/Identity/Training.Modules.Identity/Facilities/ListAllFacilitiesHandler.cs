using Marten;
using MediatR;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Facilities;

/// <summary>Other modules' view of the list of facilities; the handler, not only their pages, keeps it to admins.</summary>
internal sealed class ListAllFacilitiesHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<ListAllFacilities, IReadOnlyList<FacilityInfo>>
{
    public async Task<IReadOnlyList<FacilityInfo>> Handle(ListAllFacilities request, CancellationToken cancellationToken)
    {
        if (!user.IsSystem && !user.IsInRole(Roles.PlatformAdmin))
        {
            return [];
        }

        var facilities = await session.Query<Facility>().OrderBy(f => f.Code).ToListAsync(cancellationToken);
        return [.. facilities.Select(ListFacilitiesHandler.Info)];
    }
}
