using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Disclosures;
using Training.Modules.JobMatching.Web;

namespace Training.Modules.JobMatching.Search;

/// <summary>
/// A verified employer opens a graduate's profile: the card with the statement. Every view is
/// recorded as an event (which employer, which user, when) in the profile's own view stream.
/// </summary>
internal sealed record ViewGraduate(Guid ProfileId) : ICommand<GraduateCard>;

internal sealed class ViewGraduateHandler(IDocumentSession session, Employers employers, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ViewGraduate, GraduateCard>
{
    public async Task<GraduateCard> Handle(ViewGraduate command, CancellationToken cancellationToken)
    {
        var employer = await employers.CurrentAsync(cancellationToken);
        var listing = await session.LoadAsync<GraduateListing>(command.ProfileId, cancellationToken);
        if (listing is not { Visible: true })
        {
            throw new NotFound("graduate", command.ProfileId);
        }

        var now = clock.GetUtcNow();
        session.Events.Append(ProfileViews.StreamFor(listing.Id), new GraduateProfileViewed(listing.Id, employer.EmployerId, employer.OrganizationName, user.Id!.Value, now));
        DisclosureLog.Record(session, user, DisclosureWay.Profile, [listing.Id], now);
        return GraduateCard.Of(listing, null) with { Statement = listing.Statement };
    }
}

/// <summary>An employer looked at a graduate's profile.</summary>
internal sealed record GraduateProfileViewed(Guid ProfileId, Guid EmployerId, string OrganizationName, Guid ViewedBy, DateTimeOffset At);

internal static class ProfileViews
{
    /// <summary>Views have a stream of their own, so that reading a profile never contends with its owner changing it.</summary>
    public static Guid StreamFor(Guid profileId) => StableGuid.From($"graduate-profile-views/{profileId:N}");
}

internal static class ViewGraduateEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/graduates/{profileId:guid}", async (Guid profileId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ViewGraduate(profileId), ct)))
            .RequireAuthorization(Policies.VerifiedEmployer)
            .WithName(nameof(ViewGraduate))
            .WithTags("JobMatching");
}
