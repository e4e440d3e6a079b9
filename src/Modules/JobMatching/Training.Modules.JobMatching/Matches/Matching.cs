using Marten;
using Training.Modules.JobMatching.Jobs;
using Training.Modules.JobMatching.Profiles;
using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching.Matches;

/// <summary>
/// Ranks a posting's matches with the search's score (see <see cref="Ranking"/>): the posting's skills
/// and unit codes are required, its work type filters, its region and closing month only rank.
/// Works on committed data, so it runs as a step of its own after the change is committed: callers
/// queue it with <see cref="Outdate"/> or a <see cref="PostingMatchesOutdated"/> (see <see cref="Inbox.RerankMatches"/>).
/// </summary>
internal static class Matching
{
    public const int Size = 20;

    public static Criteria CriteriaFor(JobPosting posting, DateTimeOffset now) => new(
        posting.Required(), posting.Province, posting.Regency, RegionFilters: false, Months.Of(posting.ClosesOn), AvailableBy: null,
        posting.WorkType.ToString(), Months.Current(now));

    public static async Task RefreshAsync(IDocumentSession session, JobPosting posting, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (ranked, _) = await Ranking.RankAsync(session, CriteriaFor(posting, now), 0, Size, cancellationToken);
        session.Store(new PostingMatches(
            posting.Id, posting.EmployerId, [.. ranked.Select(r => new Match(r.Listing.Id, r.Score))], [.. ranked.Select(r => r.Listing.Id)], now));
    }

    /// <summary>
    /// Queues, in the graduate profile's stream and so in the same save as the change of the graduate's
    /// listing, the re-ranking of the postings that change may move.
    /// </summary>
    public static void Outdate(IDocumentSession session, Guid profileId, IEnumerable<string> covered) =>
        session.Events.Append(profileId, new GraduateMatchesOutdated(profileId, [.. covered.Distinct(StringComparer.Ordinal)]));

    /// <summary>
    /// Re-ranks the open postings a change of one graduate may move: those asking for a skill or unit
    /// the graduate has or had, and those already listing the graduate.
    /// </summary>
    public static async Task RefreshForAsync(IDocumentSession session, Guid profileId, IEnumerable<string> covered, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var items = covered.Distinct(StringComparer.Ordinal).ToArray();
        var asking = items.Length == 0 ? [] : await session.QueryAsync<JobPosting>('^',
            "where (d.data ->> 'open')::boolean and (jsonb_exists_any(d.data -> 'skills', ^::text[]) or jsonb_exists_any(d.data -> 'unitCodes', ^::text[]))",
            cancellationToken, items, items);
        var listingIds = await session.Query<PostingMatches>().Where(m => m.ProfileIds.Contains(profileId)).Select(m => m.Id).ToListAsync(cancellationToken);
        var listing = listingIds.Count == 0 ? [] : await session.LoadManyAsync<JobPosting>(cancellationToken, listingIds);
        foreach (var posting in asking.Concat(listing).Where(p => p.Open).DistinctBy(p => p.Id))
        {
            await RefreshAsync(session, posting, now, cancellationToken);
        }
    }
}
