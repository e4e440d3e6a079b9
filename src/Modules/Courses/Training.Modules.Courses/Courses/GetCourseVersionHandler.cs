using Marten;
using MediatR;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Courses.Courses;

/// <summary>Answers other modules: one published version of a course, as it was published.</summary>
internal sealed class GetCourseVersionHandler(IQuerySession session) : IRequestHandler<GetCourseVersion, CourseVersionInfo?>
{
    public async Task<CourseVersionInfo?> Handle(GetCourseVersion query, CancellationToken cancellationToken) =>
        await session.LoadAsync<Course>(query.CourseId, cancellationToken) is { } course
        && await session.LoadAsync<CourseVersion>(CourseVersion.IdOf(query.CourseId, query.Version), cancellationToken) is { } version
            ? version.ToInfo(course.AuthorId)
            : null;
}
