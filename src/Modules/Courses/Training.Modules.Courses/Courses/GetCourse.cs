using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Courses.Courses;

/// <summary>
/// A course as the caller may see it: anonymous visitors get title, summary and hours; signed-in
/// people the published version's units and lesson titles; the author also the draft.
/// </summary>
internal sealed record GetCourse(Guid CourseId) : IRequest<CourseView>;

internal sealed record CourseView(
    Guid Id,
    string Title,
    string Summary,
    decimal ExpectedHours,
    SkillCategory? Category = null,
    int? Version = null,
    int? MinimumAttendancePercent = null,
    int? CertificateValidityMonths = null,
    IReadOnlyList<CompetencyUnit>? CompetencyUnits = null,
    IReadOnlyList<string>? LessonTitles = null,
    bool? Retired = null,
    CourseContent? Draft = null,
    bool? HasUnpublishedDraft = null,
    long? Revision = null);

internal sealed class GetCourseHandler(IQuerySession session, ICurrentUser user)
    : IRequestHandler<GetCourse, CourseView>, IRequestHandler<GetCourseVersion, CourseVersionInfo?>, IRequestHandler<GetCurrentCourseVersion, CourseVersionInfo?>,
        IRequestHandler<ListCoursesByAuthor, IReadOnlyList<CourseVersionInfo>>
{
    public async Task<CourseView> Handle(GetCourse query, CancellationToken cancellationToken)
    {
        var course = await session.LoadAsync<Course>(query.CourseId, cancellationToken);
        var isAuthor = course is not null && course.AuthorId == user.Id;
        if (course is null || (course.Published is null && !isAuthor))
        {
            throw new NotFound("course", query.CourseId);
        }

        var shown = course.Published ?? course.Draft;
        var view = new CourseView(course.Id, shown.Title, shown.Summary, shown.ExpectedHours);
        if (!user.IsSignedIn)
        {
            return view;
        }

        view = view with
        {
            Category = shown.Category,
            Version = course.PublishedVersion,
            MinimumAttendancePercent = shown.MinimumAttendancePercent,
            CertificateValidityMonths = shown.CertificateValidityMonths,
            CompetencyUnits = shown.CompetencyUnits,
            LessonTitles = [.. shown.Lessons.Select(l => l.Title)],
            Retired = course.Retired,
        };
        if (!isAuthor)
        {
            return view;
        }

        var state = await session.Events.FetchStreamStateAsync(course.Id, cancellationToken);
        return view with { Draft = course.Draft, HasUnpublishedDraft = course.HasUnpublishedDraft, Revision = state?.Version };
    }

    public async Task<CourseVersionInfo?> Handle(GetCourseVersion query, CancellationToken cancellationToken) =>
        await session.LoadAsync<Course>(query.CourseId, cancellationToken) is { } course
        && await session.LoadAsync<CourseVersion>(CourseVersion.IdOf(query.CourseId, query.Version), cancellationToken) is { } version
            ? version.ToInfo(course.AuthorId)
            : null;

    public async Task<IReadOnlyList<CourseVersionInfo>> Handle(ListCoursesByAuthor query, CancellationToken cancellationToken)
    {
        var courses = await session.Query<Course>().Where(c => c.AuthorId == query.AuthorId && c.PublishedVersion > 0).ToListAsync(cancellationToken);
        var versions = new List<CourseVersionInfo>();
        foreach (var course in courses.OrderBy(c => c.Published!.Title))
        {
            if (await session.LoadAsync<CourseVersion>(CourseVersion.IdOf(course.Id, course.PublishedVersion), cancellationToken) is { } version)
            {
                versions.Add(version.ToInfo(course.AuthorId));
            }
        }

        return versions;
    }

    public async Task<CourseVersionInfo?> Handle(GetCurrentCourseVersion query, CancellationToken cancellationToken) =>
        await session.LoadAsync<Course>(query.CourseId, cancellationToken) is { PublishedVersion: > 0 } course
            ? await Handle(new GetCourseVersion(course.Id, course.PublishedVersion), cancellationToken)
            : null;
}

internal static class GetCourseEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/courses/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetCourse(id), ct)))
            .AllowAnonymous()
            .WithName(nameof(GetCourse))
            .WithTags("Courses");
}
