using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Facilities;

internal sealed record ListFacilities : IRequest<IReadOnlyList<FacilityInfo>>;

internal sealed class ListFacilitiesHandler(IQuerySession session, ICurrentUser user)
    : IRequestHandler<ListFacilities, IReadOnlyList<FacilityInfo>>, IRequestHandler<ListAllFacilities, IReadOnlyList<FacilityInfo>>,
        IRequestHandler<FindFacility, FacilityInfo?>, IRequestHandler<GetFacility, FacilityInfo?>
{
    public async Task<IReadOnlyList<FacilityInfo>> Handle(ListFacilities request, CancellationToken cancellationToken)
    {
        var facilities = await session.Query<Facility>().OrderBy(f => f.Code).ToListAsync(cancellationToken);
        return [.. facilities.Select(Info)];
    }

    /// <summary>Other modules' view of the list; the handler, not only their pages, keeps it to admins.</summary>
    public async Task<IReadOnlyList<FacilityInfo>> Handle(ListAllFacilities request, CancellationToken cancellationToken) =>
        user.IsSystem || user.IsInRole(Roles.PlatformAdmin) ? await Handle(new ListFacilities(), cancellationToken) : [];

    public async Task<FacilityInfo?> Handle(FindFacility request, CancellationToken cancellationToken)
    {
        var code = request.Code.Trim().ToUpperInvariant();
        var facility = await session.Query<Facility>().FirstOrDefaultAsync(f => f.Code == code, cancellationToken);
        return facility is null ? null : Info(facility);
    }

    public async Task<FacilityInfo?> Handle(GetFacility request, CancellationToken cancellationToken) =>
        await session.LoadAsync<Facility>(request.FacilityId, cancellationToken) is { } facility ? Info(facility) : null;

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
