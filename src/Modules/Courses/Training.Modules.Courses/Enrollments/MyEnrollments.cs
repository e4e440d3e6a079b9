using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.Courses.Cohorts;
using Training.Modules.Courses.Contracts;
using Training.Modules.Courses.Courses;
using Training.Modules.Courses.Lessons;

namespace Training.Modules.Courses.Enrollments;

/// <summary>A learner's own cohorts: the course version they are on, attendance and lesson progress.</summary>
internal sealed record MyEnrollments : IRequest<IReadOnlyList<MyEnrollment>>;

internal sealed record MyEnrollment(
    Guid EnrollmentId, Guid CohortId, Guid CourseId, int CourseVersion, string CourseTitle, bool Active, DateOnly StartsOn, DateOnly EndsOn,
    int AttendancePercent, int MinimumAttendancePercent, int LessonsDone, IReadOnlyList<MyEnrollment.LessonState> Lessons)
{
    internal sealed record LessonState(Guid LessonId, string Title, bool Done);
}

/// <summary>One lesson of the learner's own course version, rendered safely.</summary>
internal sealed record ReadLesson(Guid EnrollmentId, Guid LessonId) : IRequest<LessonPage>;

internal sealed record LessonPage(Guid LessonId, string Title, string Html, bool Done);

internal sealed class MyEnrollmentsHandler(IQuerySession session, ICurrentUser user)
    : IRequestHandler<MyEnrollments, IReadOnlyList<MyEnrollment>>, IRequestHandler<ReadLesson, LessonPage>, IRequestHandler<GetEnrollment, EnrollmentInfo?>, IRequestHandler<GetEnrollmentById, EnrollmentInfo?>
{
    public async Task<IReadOnlyList<MyEnrollment>> Handle(MyEnrollments query, CancellationToken cancellationToken)
    {
        var learnerId = user.Id ?? Guid.Empty;
        var enrollments = await session.Query<Enrollment>().Where(e => e.LearnerId == learnerId).ToListAsync(cancellationToken);
        var result = new List<MyEnrollment>();
        foreach (var enrollment in enrollments)
        {
            var (cohort, version) = await LoadAsync(enrollment, cancellationToken);
            var lessons = version.Content.Lessons.Select(l => new MyEnrollment.LessonState(l.Id, l.Title, enrollment.CompletedLessons.Contains(l.Id))).ToList();
            result.Add(new MyEnrollment(
                enrollment.Id, cohort.Id, enrollment.CourseId, enrollment.CourseVersion, version.Content.Title, enrollment.Active, cohort.StartsOn, cohort.EndsOn,
                cohort.AttendancePercent(learnerId), version.Content.MinimumAttendancePercent, lessons.Count(l => l.Done), lessons));
        }

        return [.. result.OrderByDescending(e => e.StartsOn)];
    }

    public async Task<LessonPage> Handle(ReadLesson query, CancellationToken cancellationToken)
    {
        var enrollment = await session.LoadAsync<Enrollment>(query.EnrollmentId, cancellationToken) is { } e && e.LearnerId == user.Id
            ? e
            : throw new NotFound("enrollment", query.EnrollmentId);
        var (_, version) = await LoadAsync(enrollment, cancellationToken);
        var lesson = version.Content.Lessons.FirstOrDefault(l => l.Id == query.LessonId) ?? throw new NotFound("lesson", query.LessonId);
        return new LessonPage(lesson.Id, lesson.Title, SafeMarkdown.ToHtml(lesson.Body), enrollment.CompletedLessons.Contains(lesson.Id));
    }

    public async Task<EnrollmentInfo?> Handle(GetEnrollment query, CancellationToken cancellationToken)
    {
        var enrollments = await session.Query<Enrollment>()
            .Where(e => e.LearnerId == query.LearnerId && e.CourseId == query.CourseId)
            .ToListAsync(cancellationToken);
        var latest = enrollments.OrderByDescending(e => e.Active).ThenByDescending(e => e.CourseVersion).FirstOrDefault();
        if (latest is null)
        {
            return null;
        }

        return await InfoAsync(latest, cancellationToken);
    }

    public async Task<EnrollmentInfo?> Handle(GetEnrollmentById query, CancellationToken cancellationToken) =>
        await session.LoadAsync<Enrollment>(query.EnrollmentId, cancellationToken) is { } enrollment ? await InfoAsync(enrollment, cancellationToken) : null;

    private async Task<EnrollmentInfo> InfoAsync(Enrollment enrollment, CancellationToken cancellationToken)
    {
        var (cohort, version) = await LoadAsync(enrollment, cancellationToken);
        return new EnrollmentInfo(enrollment.Id, enrollment.LearnerId, cohort.Id, enrollment.CourseId, enrollment.CourseVersion, enrollment.FacilityId,
            enrollment.Active, cohort.StartsOn, cohort.EndsOn, cohort.AttendancePercent(enrollment.LearnerId), version.Content.MinimumAttendancePercent);
    }

    private async Task<(Cohort Cohort, CourseVersion Version)> LoadAsync(Enrollment enrollment, CancellationToken cancellationToken)
    {
        var cohort = await session.LoadAsync<Cohort>(enrollment.CohortId, cancellationToken) ?? throw new NotFound("cohort", enrollment.CohortId);
        var version = await session.LoadAsync<CourseVersion>(CourseVersion.IdOf(enrollment.CourseId, enrollment.CourseVersion), cancellationToken)
            ?? throw new NotFound("course", enrollment.CourseId);
        return (cohort, version);
    }
}

internal static class MyEnrollmentsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/me/enrollments", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new MyEnrollments(), ct)))
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(MyEnrollments))
            .WithTags("Learning");
        api.MapGet("/enrollments/{id:guid}/lessons/{lessonId:guid}", async (Guid id, Guid lessonId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReadLesson(id, lessonId), ct)))
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(ReadLesson))
            .WithTags("Learning");
    }
}
