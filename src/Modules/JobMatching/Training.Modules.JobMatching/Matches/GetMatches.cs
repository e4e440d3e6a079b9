using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Disclosures;
using Training.Modules.JobMatching.Jobs;
using Training.Modules.JobMatching.Search;
using Training.Modules.JobMatching.Web;

namespace Training.Modules.JobMatching.Matches;

/// <summary>
/// The best matching graduates of the employer's own posting, best first; a graduate who withdrew is gone
/// at once. The cards shown are disclosed to the employer and recorded.
/// </summary>
internal sealed record GetMatches(Guid JobId) : ICommand<MatchesView>;

internal sealed record MatchesView(Guid JobId, bool Open, DateTimeOffset? RankedAt, IReadOnlyList<GraduateCard> Items);

internal sealed class GetMatchesHandler(IDocumentSession session, Employers employers, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetMatches, MatchesView>
{
    public async Task<MatchesView> Handle(GetMatches query, CancellationToken cancellationToken)
    {
        var posting = await MyJobsHandler.OwnAsync(session, employers, query.JobId, cancellationToken);
        var matches = await session.LoadAsync<PostingMatches>(posting.Id, cancellationToken);
        if (matches is null || matches.Matches.Count == 0)
        {
            return new MatchesView(posting.Id, posting.Open, matches?.RankedAt, []);
        }

        var listings = (await session.LoadManyAsync<GraduateListing>(cancellationToken, matches.ProfileIds)).Where(l => l.Visible).ToDictionary(l => l.Id);
        DisclosureLog.Record(session, user, DisclosureWay.Match, listings.Keys, clock.GetUtcNow());
        return new MatchesView(posting.Id, posting.Open, matches.RankedAt,
            [.. matches.Matches.Where(m => listings.ContainsKey(m.ProfileId)).Select(m => GraduateCard.Of(listings[m.ProfileId], m.Score))]);
    }
}

internal static class GetMatchesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/jobs/{id:guid}/matches", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetMatches(id), ct)))
            .RequireAuthorization(Policies.VerifiedEmployer)
            .WithName(nameof(GetMatches))
            .WithTags("JobMatching");
}
