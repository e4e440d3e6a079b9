using Marten;
using Training.BuildingBlocks.Text;

namespace Training.Modules.Identity.Facilities;

/// <summary>Every facility's name and code, active or not, for the public-text rule of every module.</summary>
internal sealed class FacilityNames(IQuerySession session) : IFacilityNames
{
    public async Task<IReadOnlyList<string>> NamesAndCodesAsync(CancellationToken cancellationToken) =>
        [.. (await session.Query<Facility>().ToListAsync(cancellationToken)).SelectMany(f => new[] { f.Name, f.Code })];
}
