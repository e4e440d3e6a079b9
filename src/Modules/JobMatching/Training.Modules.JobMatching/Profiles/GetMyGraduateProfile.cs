using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Disclosures;
using Training.Modules.JobMatching.Inbox;
using Training.Modules.JobMatching.Portfolio;
using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching.Profiles;

/// <summary>
/// The learner's own graduate profile, with the employers shown her card since her consent and how
/// (search, match, profile, photo); not found while there is no consent.
/// </summary>
internal sealed record GetMyGraduateProfile : IRequest<MyGraduateProfile>;

internal sealed class GetMyGraduateProfileHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<GetMyGraduateProfile, MyGraduateProfile>
{
    public async Task<MyGraduateProfile> Handle(GetMyGraduateProfile query, CancellationToken cancellationToken)
    {
        var learnerId = user.Id!.Value;
        var profile = await session.LoadAsync<GraduateProfile>(GraduateProfile.IdFor(learnerId), cancellationToken);
        var listing = await Listings.FindAsync(session, learnerId, cancellationToken);
        if (profile is not { Active: true, Details: { } details, Consent: { } consent } || listing is null)
        {
            throw new NotFound("graduate-profile", learnerId);
        }

        var notShown = await session.Query<PortfolioPhoto>().Where(p => p.LearnerId == learnerId && !p.Approved && !p.Removed).ToListAsync(cancellationToken);
        var awaiting = notShown.Where(p => p.RejectedBecause is null).Select(p => p.Id).ToList();
        var rejected = notShown.Where(p => p.RejectedBecause is not null).Select(p => new RejectedPhoto(p.Id, p.RejectedBecause!)).ToList();
        var disclosures = await DisclosureLog.OfAsync(session, profile.Id, consent.At, cancellationToken);
        var employers = (await session.LoadManyAsync<VerifiedEmployer>(cancellationToken, disclosures.Select(d => d.EmployerId).Distinct()))
            .ToDictionary(e => e.Id, e => e.OrganizationName);
        return MyGraduateProfile.Of(listing, details, consent, awaiting, rejected,
            [.. disclosures.Select(d => new ProfileView(employers.GetValueOrDefault(d.EmployerId, ""), d.Way.ToString(), d.LastAt, d.Times))]);
    }
}

internal static class GetMyGraduateProfileEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/graduate-profile", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetMyGraduateProfile(), ct)))
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(GetMyGraduateProfile))
            .WithTags("JobMatching");
}
