using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Courses.Enrollments;

/// <summary>A learner's own cohorts: the course version they are on, attendance and lesson progress.</summary>
internal sealed record MyEnrollments : IRequest<IReadOnlyList<MyEnrollment>>;

internal sealed record MyEnrollment(
    Guid EnrollmentId, Guid CohortId, Guid CourseId, int CourseVersion, string CourseTitle, bool Active, DateOnly StartsOn, DateOnly EndsOn,
    int AttendancePercent, int MinimumAttendancePercent, int LessonsDone, IReadOnlyList<MyEnrollment.LessonState> Lessons)
{
    internal sealed record LessonState(Guid LessonId, string Title, bool Done);
}

internal sealed class MyEnrollmentsHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<MyEnrollments, IReadOnlyList<MyEnrollment>>
{
    public async Task<IReadOnlyList<MyEnrollment>> Handle(MyEnrollments query, CancellationToken cancellationToken)
    {
        var learnerId = user.Id ?? Guid.Empty;
        var enrollments = await session.Query<Enrollment>().Where(e => e.LearnerId == learnerId).ToListAsync(cancellationToken);
        var result = new List<MyEnrollment>();
        foreach (var enrollment in enrollments)
        {
            var (cohort, version) = await session.CohortAndVersionAsync(enrollment, cancellationToken);
            var lessons = version.Content.Lessons.Select(l => new MyEnrollment.LessonState(l.Id, l.Title, enrollment.CompletedLessons.Contains(l.Id))).ToList();
            result.Add(new MyEnrollment(
                enrollment.Id, cohort.Id, enrollment.CourseId, enrollment.CourseVersion, version.Content.Title, enrollment.Active, cohort.StartsOn, cohort.EndsOn,
                cohort.AttendancePercent(learnerId), version.Content.MinimumAttendancePercent, lessons.Count(l => l.Done), lessons));
        }

        return [.. result.OrderByDescending(e => e.StartsOn)];
    }
}

internal static class MyEnrollmentsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/enrollments", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new MyEnrollments(), ct)))
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(MyEnrollments))
            .WithTags("Learning");
}
