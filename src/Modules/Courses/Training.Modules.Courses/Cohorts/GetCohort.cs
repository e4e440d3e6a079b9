using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;
using Training.Modules.Courses.Contracts;
using Training.Modules.Courses.Courses;
using Training.Modules.Courses.Enrollments;

namespace Training.Modules.Courses.Cohorts;

/// <summary>The attendance sheet and seats of a cohort, for the staff of its facility.</summary>
internal sealed record GetCohort(Guid CohortId) : IRequest<CohortView>;

internal sealed record CohortView(
    Guid Id, Guid CourseId, int CourseVersion, Guid FacilityId, Guid TrainerId, DateOnly StartsOn, DateOnly EndsOn, int Capacity, int TakenSeats,
    IReadOnlyList<DateOnly> Sessions, IReadOnlyList<CohortView.SeatView> Seats, IReadOnlyList<Guid> Requests, IReadOnlyList<AttendanceMark> Attendance, bool Completed)
{
    /// <summary>A seat with its attendance and, when read one cohort at a time, the lessons its learner marked done.</summary>
    internal sealed record SeatView(
        Guid EnrollmentId, Guid LearnerId, bool Active, string? WithdrawalReason, int AttendancePercent, SessionsAttended Attendance, LessonsDone? Lessons);

    public static CohortView Of(Cohort c) => Of(c, _ => null);

    public static CohortView Of(Cohort c, Func<Guid, LessonsDone?> lessons) => new(
        c.Id, c.CourseId, c.CourseVersion, c.FacilityId, c.TrainerId, c.StartsOn, c.EndsOn, c.Capacity, c.TakenSeats, c.Sessions,
        [.. c.Seats.Select(s => new SeatView(
            s.EnrollmentId, s.LearnerId, s.Active, s.Reason?.ToString(), c.AttendancePercent(s.LearnerId), c.SessionsAttended(s.LearnerId), lessons(s.EnrollmentId)))],
        c.Requests, c.Attendance, c.Completed);
}

internal sealed class GetCohortHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<GetCohort, CohortView>
{
    public async Task<CohortView> Handle(GetCohort query, CancellationToken cancellationToken)
    {
        var cohort = user.EnsureStaffOf(await session.LoadAsync<Cohort>(query.CohortId, cancellationToken), query.CohortId);
        var version = await session.LoadAsync<CourseVersion>(CourseVersion.IdOf(cohort.CourseId, cohort.CourseVersion), cancellationToken);
        var lessons = version?.Content.Lessons.Select(l => l.Id).ToHashSet() ?? [];
        var enrollments = (await session.LoadManyAsync<Enrollment>(cancellationToken, [.. cohort.Seats.Select(s => s.EnrollmentId)])).ToDictionary(e => e.Id);
        return CohortView.Of(cohort, id => enrollments.TryGetValue(id, out var e) ? new LessonsDone(e.CompletedLessons.Count(lessons.Contains), lessons.Count) : null);
    }
}

internal static class GetCohortEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/cohorts/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetCohort(id), ct)))
            .RequireAuthorization(Policies.FacilityStaff)
            .WithName(nameof(GetCohort))
            .WithTags("Cohorts");
}
