using Marten;
using MediatR;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Courses.Courses;

/// <summary>Answers other modules: the version of a course published last, if any.</summary>
internal sealed class GetCurrentCourseVersionHandler(IQuerySession session) : IRequestHandler<GetCurrentCourseVersion, CourseVersionInfo?>
{
    public async Task<CourseVersionInfo?> Handle(GetCurrentCourseVersion query, CancellationToken cancellationToken) =>
        await session.LoadAsync<Course>(query.CourseId, cancellationToken) is { PublishedVersion: > 0 } course
        && await session.LoadAsync<CourseVersion>(CourseVersion.IdOf(course.Id, course.PublishedVersion), cancellationToken) is { } version
            ? version.ToInfo(course.AuthorId)
            : null;
}
