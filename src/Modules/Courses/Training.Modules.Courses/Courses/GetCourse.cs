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

internal sealed class GetCourseHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<GetCourse, CourseView>
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
}

internal static class GetCourseEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/courses/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetCourse(id), ct)))
            .AllowAnonymous()
            .WithName(nameof(GetCourse))
            .WithTags("Courses");
}
