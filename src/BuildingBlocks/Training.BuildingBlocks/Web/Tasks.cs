namespace Training.BuildingBlocks.Web;

/// <summary>
/// One thing the signed-in person should do next: what it is (a stable <paramref name="Kind"/> such as
/// <c>assessments.practical-waiting</c>), the words to show in the request's language, the page that does it,
/// how many are waiting, and since when the oldest has waited (null when it does not wait on anyone).
/// </summary>
public sealed record PersonalTask(string Kind, string Text, string Href, int Count, DateTimeOffset? Since);

/// <summary>
/// A module's part of the signed-in person's to-do list (home, <c>GET /api/me/tasks</c>, counts in the navigation).
/// Each module answers only from its own records, for the current user's role and facility, and gives nothing
/// for roles it has no work for.
/// </summary>
public interface ITaskContributor
{
    Task<IReadOnlyList<PersonalTask>> TasksAsync(CancellationToken cancellationToken);
}
