using Marten;
using MediatR;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Courses.Courses;

/// <summary>Answers other modules: the current published version of each course an author wrote, by title.</summary>
internal sealed class ListCoursesByAuthorHandler(IQuerySession session) : IRequestHandler<ListCoursesByAuthor, IReadOnlyList<CourseVersionInfo>>
{
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
}
