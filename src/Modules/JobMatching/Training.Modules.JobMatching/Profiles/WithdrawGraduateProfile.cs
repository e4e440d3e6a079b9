using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Interests;
using Training.Modules.JobMatching.Matches;
using Training.Modules.JobMatching.Portfolio;
using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching.Profiles;

/// <summary>
/// The learner withdraws consent: the profile leaves search in the same save and matches right after, every
/// open interest in it is cancelled and every approval of her portfolio photos lapses (a consent
/// given again shows them only once a trainer approves them again). Withdrawing twice changes nothing.
/// </summary>
internal sealed record WithdrawGraduateProfile : ICommand<Unit>;

internal sealed class WithdrawGraduateProfileHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<WithdrawGraduateProfile, Unit>
{
    public async Task<Unit> Handle(WithdrawGraduateProfile command, CancellationToken cancellationToken)
    {
        var learnerId = user.Id!.Value;
        var profileId = GraduateProfile.IdFor(learnerId);
        var stream = await session.Events.FetchForWriting<GraduateProfile>(profileId, cancellationToken);
        if (stream.Aggregate is not { Active: true })
        {
            return Unit.Value;
        }

        var now = clock.GetUtcNow();
        stream.AppendOne(new GraduateConsentWithdrawn(profileId, learnerId, learnerId, now));
        var listing = await Listings.FindAsync(session, learnerId, cancellationToken);
        if (listing is not null)
        {
            Listings.Update(session, listing.Hidden().WithPhotos([]));
        }

        var approved = await session.Query<PortfolioPhoto>().Where(p => p.LearnerId == learnerId && p.Approved && !p.Removed).ToListAsync(cancellationToken);
        foreach (var photo in approved)
        {
            session.Events.Append(photo.Id, new PortfolioPhotoApprovalLapsed(photo.Id, learnerId, now));
        }

        var interests = await session.Query<Interest>().Where(i => i.LearnerId == learnerId).ToListAsync(cancellationToken);
        foreach (var interest in interests.Where(i => i.Open))
        {
            session.Events.Append(interest.Id, new InterestCancelled(interest.Id, learnerId, now));
        }

        stream.AppendOne(new GraduateMatchesOutdated(profileId, [.. listing?.Covered() ?? []]));
        return Unit.Value;
    }
}

internal static class WithdrawGraduateProfileEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/me/graduate-profile", async (IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new WithdrawGraduateProfile(), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Learner)
            .WithName(nameof(WithdrawGraduateProfile))
            .WithTags("JobMatching");
}
