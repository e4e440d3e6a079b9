using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Courses.Cohorts;

/// <summary>The running cohorts of a course at the learner's own facility, and where the learner stands in each.</summary>
internal sealed record OpenCohortsForMe(Guid CourseId) : IRequest<IReadOnlyList<CohortOpenToMe>>;

internal sealed record CohortOpenToMe(Guid CohortId, DateOnly StartsOn, DateOnly EndsOn, int SeatsLeft, bool Requested, bool Enrolled);

internal sealed class OpenCohortsForMeHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<OpenCohortsForMe, IReadOnlyList<CohortOpenToMe>>
{
    public async Task<IReadOnlyList<CohortOpenToMe>> Handle(OpenCohortsForMe query, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Learner) || user.FacilityId is not { } facilityId || user.Id is not { } learnerId)
        {
            return [];
        }

        var cohorts = await session.Query<Cohort>()
            .Where(c => c.FacilityId == facilityId && c.CourseId == query.CourseId && !c.Completed)
            .OrderBy(c => c.StartsOn)
            .ToListAsync(cancellationToken);
        return [.. cohorts.Select(c => new CohortOpenToMe(
            c.Id, c.StartsOn, c.EndsOn, Math.Max(0, c.Capacity - c.TakenSeats), c.Requests.Contains(learnerId), c.Seats.Any(s => s.Active && s.LearnerId == learnerId)))];
    }
}

internal static class OpenCohortsForMeEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/courses/{courseId:guid}/cohorts", async (Guid courseId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new OpenCohortsForMe(courseId), ct)))
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(OpenCohortsForMe))
            .WithTags("Cohorts");
}
