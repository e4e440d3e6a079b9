using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.JobMatching.Portfolio;

/// <summary>The learner or a trainer of the learner's facility takes a photo out of the portfolio; its bytes are deleted.</summary>
internal sealed record RemovePortfolioPhoto(Guid PhotoId) : ICommand<Unit>;

internal sealed class RemovePortfolioPhotoHandler(IDocumentSession session, IFileStore files, PortfolioAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RemovePortfolioPhoto, Unit>
{
    public async Task<Unit> Handle(RemovePortfolioPhoto command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<PortfolioPhoto>(command.PhotoId, cancellationToken);
        if (stream.Aggregate is not { Removed: false } photo)
        {
            throw new NotFound("portfolio-photo", command.PhotoId);
        }

        await access.EnsureMayChangeAsync(photo.LearnerId, command.PhotoId, cancellationToken);
        var removed = new PortfolioPhotoRemoved(photo.Id, photo.LearnerId, user.Id!.Value, clock.GetUtcNow());
        stream.AppendOne(removed);
        files.Delete(session, photo.FileId);
        await PortfolioAccess.ShowApprovedAsync(session, photo.LearnerId, [photo.Apply(removed)], cancellationToken);
        return Unit.Value;
    }
}

internal static class RemovePortfolioPhotoEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/portfolio-photos/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemovePortfolioPhoto(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.SignedIn)
            .WithName(nameof(RemovePortfolioPhoto))
            .WithTags("JobMatching");
}
