using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Facilities;

/// <summary>The facilities that take new work, by name: where an officer may transfer a learner.</summary>
internal sealed record ListActiveFacilities : IRequest<IReadOnlyList<FacilityInfo>>;

internal sealed class ListActiveFacilitiesHandler(IQuerySession session) : IRequestHandler<ListActiveFacilities, IReadOnlyList<FacilityInfo>>
{
    public async Task<IReadOnlyList<FacilityInfo>> Handle(ListActiveFacilities request, CancellationToken cancellationToken)
    {
        var facilities = await session.Query<Facility>().Where(f => f.Active).OrderBy(f => f.Name).ToListAsync(cancellationToken);
        return [.. facilities.Select(ListFacilitiesHandler.Info)];
    }
}

internal static class ListActiveFacilitiesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/facilities/active", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListActiveFacilities(), ct)))
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(ListActiveFacilities))
            .WithTags("Identity");
}
