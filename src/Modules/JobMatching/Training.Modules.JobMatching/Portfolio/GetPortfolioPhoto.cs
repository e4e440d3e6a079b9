using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;
using Training.Modules.JobMatching.Disclosures;
using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching.Portfolio;

/// <summary>
/// A portfolio photo's image (or its thumbnail): for the learner, the trainers and officers of her
/// current facility, and verified employers while it is approved and shown on a visible profile.
/// Anyone else gets 404.
/// </summary>
internal sealed record GetPortfolioPhoto(Guid PhotoId, bool Thumbnail = false) : IRequest<StoredFile>;

internal sealed class GetPortfolioPhotoHandler(IQuerySession session, IFileStore files, IMediator mediator, ICurrentUser user)
    : IRequestHandler<GetPortfolioPhoto, StoredFile>
{
    public async Task<StoredFile> Handle(GetPortfolioPhoto query, CancellationToken cancellationToken)
    {
        var photo = await session.LoadAsync<PortfolioPhoto>(query.PhotoId, cancellationToken);
        if (photo is not { Removed: false } || !await MaySeeAsync(photo, cancellationToken))
        {
            throw new NotFound("portfolio-photo", query.PhotoId);
        }

        return await files.ReadAsync(photo.FileId, UploadPortfolioPhotoHandler.Purpose, query.Thumbnail, cancellationToken)
            ?? throw new NotFound("portfolio-photo", query.PhotoId);
    }

    private async Task<bool> MaySeeAsync(PortfolioPhoto photo, CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Employer))
        {
            return photo.Shown
                && await mediator.Send(new GetMyEmployer(), cancellationToken) is { Status: EmployerVerification.Verified }
                && await Listings.FindAsync(session, photo.LearnerId, cancellationToken) is { Visible: true } listing
                && listing.PhotoIds.Contains(photo.Id);
        }

        if (user.IsInRole(Roles.Learner))
        {
            return user.Id == photo.LearnerId;
        }

        return (user.IsInRole(Roles.Trainer) || user.IsInRole(Roles.FacilityOfficer))
            && await mediator.Send(new GetLearnerSummary(photo.LearnerId), cancellationToken) is { } learner
            && learner.FacilityId == user.FacilityId;
    }
}

internal static class GetPortfolioPhotoEndpoint
{
    // Open to every caller: who may see the photo depends on the photo, and anyone else gets 404.
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/portfolio-photos/{id:guid}", async (Guid id, bool? thumbnail, IMediator mediator, CancellationToken ct) =>
            {
                var file = await mediator.Send(new GetPortfolioPhoto(id, thumbnail ?? false), ct);
                await mediator.Send(new DisclosePortfolioPhoto(id), ct);
                return ImageForms.Answer(file);
            })
            .AllowAnonymous()
            .WithName(nameof(GetPortfolioPhoto))
            .WithTags("JobMatching");
}
