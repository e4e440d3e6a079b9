using Marten;
using Training.Modules.JobMatching.Profiles;

namespace Training.Modules.JobMatching.Search;

/// <summary>
/// Loads and saves listings. Requests and the relay both change a learner's listing: it uses
/// optimistic concurrency, so the later of two concurrent writers fails (409, or a relay retry)
/// instead of overwriting the other with stale data.
/// </summary>
internal static class Listings
{
    public static Task<GraduateListing?> FindAsync(IQuerySession session, Guid learnerId, CancellationToken cancellationToken) =>
        session.LoadAsync<GraduateListing>(GraduateProfile.IdFor(learnerId), cancellationToken);

    public static void Save(IDocumentSession session, GraduateListing? before, GraduateListing after)
    {
        if (before is null)
        {
            session.Insert(after);
        }
        else
        {
            session.Update(after);
        }
    }
}
