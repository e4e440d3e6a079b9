using Marten;
using MediatR;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Courses.Courses;

/// <summary>The trainer's own courses, drafts and published alike, in title order.</summary>
internal sealed record MyCourses : IRequest<IReadOnlyList<MyCourse>>;

internal sealed record MyCourse(Guid Id, string Title, int PublishedVersion, bool HasUnpublishedDraft, bool Retired);

internal sealed class MyCoursesHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<MyCourses, IReadOnlyList<MyCourse>>
{
    public async Task<IReadOnlyList<MyCourse>> Handle(MyCourses query, CancellationToken cancellationToken)
    {
        var author = user.Id ?? Guid.Empty;
        var courses = await session.Query<Course>().Where(c => c.AuthorId == author).ToListAsync(cancellationToken);
        return [.. courses.Select(c => new MyCourse(c.Id, c.Draft.Title, c.PublishedVersion, c.HasUnpublishedDraft, c.Retired)).OrderBy(c => c.Title, StringComparer.CurrentCulture)];
    }
}
