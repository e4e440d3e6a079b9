using Marten;
using MediatR;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Facilities;

/// <summary>Answers other modules: a facility by its code, in any case and with spaces around.</summary>
internal sealed class FindFacilityHandler(IQuerySession session) : IRequestHandler<FindFacility, FacilityInfo?>
{
    public async Task<FacilityInfo?> Handle(FindFacility request, CancellationToken cancellationToken)
    {
        var code = request.Code.Trim().ToUpperInvariant();
        var facility = await session.Query<Facility>().FirstOrDefaultAsync(f => f.Code == code, cancellationToken);
        return facility is null ? null : ListFacilitiesHandler.Info(facility);
    }
}
