using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Courses.Cohorts;

/// <summary>The cohorts of the caller's facility, newest first.</summary>
internal sealed record ListCohorts(Guid? CourseId) : IRequest<IReadOnlyList<CohortView>>;

internal sealed class ListCohortsHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<ListCohorts, IReadOnlyList<CohortView>>
{
    public async Task<IReadOnlyList<CohortView>> Handle(ListCohorts query, CancellationToken cancellationToken)
    {
        var facilityId = user.FacilityId ?? Guid.Empty;
        var cohorts = session.Query<Cohort>().Where(c => c.FacilityId == facilityId);
        if (query.CourseId is { } courseId)
        {
            cohorts = cohorts.Where(c => c.CourseId == courseId);
        }

        var found = await cohorts.OrderByDescending(c => c.StartsOn).Take(200).ToListAsync(cancellationToken);
        return [.. found.Select(CohortView.Of)];
    }
}

internal static class ListCohortsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/cohorts", async (Guid? courseId, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListCohorts(courseId), ct)))
            .RequireAuthorization(Policies.FacilityStaff)
            .WithName(nameof(ListCohorts))
            .WithTags("Cohorts");
}
