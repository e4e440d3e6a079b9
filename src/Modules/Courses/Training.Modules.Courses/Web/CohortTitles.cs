using MediatR;
using Training.Modules.Courses.Cohorts;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Courses.Web;

/// <summary>The course titles of cohorts, looked up once per course version shown on a page.</summary>
internal static class CohortTitles
{
    public static async Task<IReadOnlyDictionary<(Guid, int), string>> ForAsync(IMediator mediator, IEnumerable<CohortView> cohorts, CancellationToken ct)
    {
        var titles = new Dictionary<(Guid, int), string>();
        foreach (var key in cohorts.Select(c => (c.CourseId, c.CourseVersion)).Distinct())
        {
            titles[key] = (await mediator.Send(new GetCourseVersion(key.CourseId, key.CourseVersion), ct))?.Title ?? "";
        }

        return titles;
    }
}
