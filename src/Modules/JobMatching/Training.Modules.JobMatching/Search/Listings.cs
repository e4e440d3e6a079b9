using Marten;
using Training.Modules.JobMatching.Profiles;

namespace Training.Modules.JobMatching.Search;

/// <summary>
/// Loads and saves listings. Requests and the relay both change a learner's listing: it uses
/// optimistic concurrency, so the later of two concurrent writers fails (409, or a relay retry)
/// instead of overwriting the other with stale data. Every write of a listing goes through here so
/// that its rows in the <see cref="GraduateIndex"/> are written in the same save: the listing's
/// version check guards both, and ranking never sees one without the other.
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

        GraduateIndex.Write(session, after);
    }

    /// <summary>Saves a change of a listing that was loaded in this session.</summary>
    public static void Update(IDocumentSession session, GraduateListing after) => Save(session, after, after);
}
