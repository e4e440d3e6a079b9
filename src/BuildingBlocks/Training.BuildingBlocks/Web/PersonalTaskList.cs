using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Security;

namespace Training.BuildingBlocks.Web;

/// <summary>
/// The signed-in person's whole to-do list, gathered once per request from every module: the home page,
/// the counts in the navigation and <c>GET /api/me/tasks</c> all read the same list.
/// </summary>
public sealed class PersonalTaskList(IEnumerable<ITaskContributor> contributors, ICurrentUser user)
{
    private Task<IReadOnlyList<PersonalTask>>? gathered;

    public Task<IReadOnlyList<PersonalTask>> GetAsync(CancellationToken cancellationToken) =>
        gathered ??= GatherAsync(cancellationToken);

    /// <summary>How many things wait behind a navigation link: every task whose page lies under it.</summary>
    public static int CountUnder(IEnumerable<PersonalTask> tasks, string href) =>
        href == "/" ? tasks.Sum(t => t.Count) : tasks.Where(t => Lies(t.Href, href)).Sum(t => t.Count);

    private async Task<IReadOnlyList<PersonalTask>> GatherAsync(CancellationToken cancellationToken)
    {
        if (!user.IsSignedIn)
        {
            return [];
        }

        var tasks = new List<PersonalTask>();
        foreach (var contributor in contributors)
        {
            tasks.AddRange(await contributor.TasksAsync(cancellationToken));
        }

        // What has waited longest comes first; things without a wait keep their module's order after them.
        return [.. tasks.Where(t => t.Count > 0).OrderBy(t => t.Since ?? DateTimeOffset.MaxValue)];
    }

    private static bool Lies(string taskHref, string linkHref)
    {
        var path = taskHref.Split('?', '#')[0];
        return path == linkHref || path.StartsWith(linkHref + "/", StringComparison.Ordinal);
    }
}

public static class PersonalTaskRegistration
{
    public static IServiceCollection AddPersonalTasks(this IServiceCollection services) => services.AddScoped<PersonalTaskList>();

    public static void MapPersonalTasks(this IEndpointRouteBuilder api) =>
        api.MapGet("/me/tasks", async (PersonalTaskList tasks, CancellationToken ct) => TypedResults.Ok(await tasks.GetAsync(ct)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName("MyTasks")
            .WithTags("Me");
}
