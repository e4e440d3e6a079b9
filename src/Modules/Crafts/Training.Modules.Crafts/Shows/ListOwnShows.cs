using Marten;
using MediatR;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Time;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Shows;

/// <summary>The officer's facility's events not yet over, cancelled ones included so the officer sees what the public no longer does.</summary>
internal sealed record ListOwnShows : IRequest<IReadOnlyList<CraftShow>>;

internal sealed class ListOwnShowsHandler(IQuerySession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<ListOwnShows, IReadOnlyList<CraftShow>>
{
    public async Task<IReadOnlyList<CraftShow>> Handle(ListOwnShows query, CancellationToken cancellationToken)
    {
        var facilityId = user.OwnFacility();
        var today = FacilityTime.Today(clock, ListUpcomingShows.LatestZone);
        return await session.Query<CraftShow>()
            .Where(s => s.FacilityId == facilityId && s.EndsOn >= today)
            .OrderBy(s => s.StartsOn)
            .Take(ListUpcomingShows.Max)
            .ToListAsync(cancellationToken);
    }
}
