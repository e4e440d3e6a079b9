using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Portfolio;
using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching.Profiles;

/// <summary>The learner's own graduate profile, with the employers who viewed it; not found while there is no consent.</summary>
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

        var awaiting = await session.Query<PortfolioPhoto>().Where(p => p.LearnerId == learnerId && !p.Approved && !p.Removed)
            .Select(p => p.Id).ToListAsync(cancellationToken);
        var views = await session.Events.FetchStreamAsync(ProfileViews.StreamFor(profile.Id), token: cancellationToken);
        return MyGraduateProfile.Of(listing, details, consent, [.. awaiting],
            [.. views.Select(e => e.Data).OfType<GraduateProfileViewed>().Where(v => v.At >= consent.At).OrderByDescending(v => v.At).Take(100)
                .Select(v => new ProfileView(v.OrganizationName, v.At))]);
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
