using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.JobMatching.Portfolio;

/// <summary>Photos learners of the trainer's facility uploaded that wait for approval.</summary>
internal sealed record PendingPortfolioPhotos : IRequest<IReadOnlyList<PendingPhoto>>;

internal sealed record PendingPhoto(Guid Id, Guid LearnerId, string LearnerName, DateTimeOffset UploadedAt);

internal sealed class PendingPortfolioPhotosHandler(IQuerySession session, IMediator mediator, ICurrentUser user)
    : IRequestHandler<PendingPortfolioPhotos, IReadOnlyList<PendingPhoto>>
{
    public async Task<IReadOnlyList<PendingPhoto>> Handle(PendingPortfolioPhotos query, CancellationToken cancellationToken)
    {
        if (user.FacilityId is not { } facilityId)
        {
            return [];
        }

        var learners = (await mediator.Send(new ListLearnersOfFacility(facilityId), cancellationToken)).ToDictionary(l => l.LearnerId);
        var ids = learners.Keys.ToArray();
        var pending = await session.Query<PortfolioPhoto>().Where(p => p.LearnerId.IsOneOf(ids) && !p.Approved && !p.Removed && p.RejectedBecause == null)
            .OrderBy(p => p.UploadedAt).Take(500).ToListAsync(cancellationToken);
        return [.. pending.Select(p => new PendingPhoto(p.Id, p.LearnerId, learners[p.LearnerId].FullName, p.UploadedAt))];
    }
}

internal static class PendingPortfolioPhotosEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/portfolio-photos/pending", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new PendingPortfolioPhotos(), ct)))
            .RequireAuthorization(Policies.Trainer)
            .WithName(nameof(PendingPortfolioPhotos))
            .WithTags("JobMatching");
}
