using Marten;
using MediatR;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Facilities;

/// <summary>Answers other modules: a facility by its id.</summary>
internal sealed class GetFacilityHandler(IQuerySession session) : IRequestHandler<GetFacility, FacilityInfo?>
{
    public async Task<FacilityInfo?> Handle(GetFacility request, CancellationToken cancellationToken) =>
        await session.LoadAsync<Facility>(request.FacilityId, cancellationToken) is { } facility ? ListFacilitiesHandler.Info(facility) : null;
}
