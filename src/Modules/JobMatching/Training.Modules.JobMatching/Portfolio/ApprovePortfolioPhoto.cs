using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.JobMatching.Portfolio;

/// <summary>A trainer of the learner's facility approves a photo for the portfolio; employers see it from now on.</summary>
internal sealed record ApprovePortfolioPhoto(Guid PhotoId) : ICommand<Unit>;

internal sealed class ApprovePortfolioPhotoHandler(IDocumentSession session, PortfolioAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ApprovePortfolioPhoto, Unit>
{
    public async Task<Unit> Handle(ApprovePortfolioPhoto command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<PortfolioPhoto>(command.PhotoId, cancellationToken);
        if (stream.Aggregate is not { Removed: false } photo || !await access.IsTrainerOfAsync(photo.LearnerId, cancellationToken))
        {
            throw new NotFound("portfolio-photo", command.PhotoId);
        }

        if (photo.Approved)
        {
            return Unit.Value;
        }

        var approved = new PortfolioPhotoApproved(photo.Id, photo.LearnerId, user.Id!.Value, clock.GetUtcNow());
        stream.AppendOne(approved);
        await PortfolioAccess.ShowApprovedAsync(session, photo.LearnerId, [photo.Apply(approved)], cancellationToken);
        return Unit.Value;
    }
}

internal static class ApprovePortfolioPhotoEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/portfolio-photos/{id:guid}/approve", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ApprovePortfolioPhoto(id), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Trainer)
            .WithName(nameof(ApprovePortfolioPhoto))
            .WithTags("JobMatching");
}
