using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Facilities;

internal sealed record ListFacilities : IRequest<IReadOnlyList<FacilityInfo>>;

internal sealed class ListFacilitiesHandler(IQuerySession session) : IRequestHandler<ListFacilities, IReadOnlyList<FacilityInfo>>
{
    public async Task<IReadOnlyList<FacilityInfo>> Handle(ListFacilities request, CancellationToken cancellationToken)
    {
        var facilities = await session.Query<Facility>().OrderBy(f => f.Code).ToListAsync(cancellationToken);
        return [.. facilities.Select(Info)];
    }

    public static FacilityInfo Info(Facility f) => new(f.Id, f.Code, f.Name, f.TimeZone, f.Active);
}

internal static class ListFacilitiesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/facilities", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListFacilities(), ct)))
            .RequireAuthorization(Policies.PlatformAdmin)
            .WithName(nameof(ListFacilities))
            .WithTags("Identity");
}
