using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;
using Training.Modules.Courses.Courses;

namespace Training.Modules.Courses.Cohorts;

/// <summary>
/// The learner's own requests for a place, the latest per cohort, and the officer's answer: still waiting,
/// a seat, or declined with the officer's note. Read from the request and decline events themselves, so
/// the answer stays known after the cohort has forgotten the request.
/// </summary>
internal sealed record MyPlaceRequests : IRequest<IReadOnlyList<MyPlaceRequest>>;

internal sealed record MyPlaceRequest(Guid CohortId, string CourseTitle, DateOnly StartsOn, DateOnly EndsOn, DateTimeOffset RequestedAt, PlaceRequestAnswer Answer, string? Note);

internal enum PlaceRequestAnswer
{
    Waiting,
    Approved,
    Declined,
}

internal sealed class MyPlaceRequestsHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<MyPlaceRequests, IReadOnlyList<MyPlaceRequest>>
{
    public async Task<IReadOnlyList<MyPlaceRequest>> Handle(MyPlaceRequests query, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Learner) || user.Id is not { } learnerId)
        {
            return [];
        }

        var requests = (await session.Events.QueryRawEventDataOnly<PlaceRequested>().Where(e => e.LearnerId == learnerId).ToListAsync(cancellationToken))
            .GroupBy(e => e.CohortId).Select(g => g.MaxBy(e => e.At)!).ToList();
        if (requests.Count == 0)
        {
            return [];
        }

        var declines = await session.Events.QueryRawEventDataOnly<PlaceRequestDeclined>().Where(e => e.LearnerId == learnerId).ToListAsync(cancellationToken);
        var cohorts = (await session.LoadManyAsync<Cohort>(cancellationToken, requests.Select(r => r.CohortId))).ToDictionary(c => c.Id);
        var versions = (await session.LoadManyAsync<CourseVersion>(cancellationToken,
            [.. cohorts.Values.Select(c => CourseVersion.IdOf(c.CourseId, c.CourseVersion)).Distinct()])).ToDictionary(v => v.Id);
        return [.. requests.Where(r => cohorts.ContainsKey(r.CohortId)).Select(request =>
        {
            var cohort = cohorts[request.CohortId];
            var declined = declines.Where(d => d.CohortId == request.CohortId && d.At >= request.At).MaxBy(d => d.At);
            var answer = declined is not null ? PlaceRequestAnswer.Declined
                : cohort.Requests.Contains(learnerId) ? PlaceRequestAnswer.Waiting
                : PlaceRequestAnswer.Approved;
            var title = versions.TryGetValue(CourseVersion.IdOf(cohort.CourseId, cohort.CourseVersion), out var version) ? version.Content.Title : "";
            return new MyPlaceRequest(cohort.Id, title, cohort.StartsOn, cohort.EndsOn, request.At, answer, declined?.Note);
        }).OrderByDescending(r => r.RequestedAt)];
    }
}

internal static class MyPlaceRequestsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/place-requests", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new MyPlaceRequests(), ct)))
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(MyPlaceRequests))
            .WithTags("Learning");
}
