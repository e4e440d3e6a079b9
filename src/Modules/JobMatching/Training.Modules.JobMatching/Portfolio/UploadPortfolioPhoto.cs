using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.JobMatching.Portfolio;

/// <summary>
/// A photo of a learner's work, uploaded by the learner (waiting for a trainer's approval) or by a
/// trainer of the learner's facility (approved by that trainer as it is uploaded). The photo is
/// re-encoded without metadata and stored in the same save as the upload event.
/// </summary>
internal sealed record UploadPortfolioPhoto(Guid LearnerId, byte[] Content) : ICommand<Guid>;

internal sealed class UploadPortfolioPhotoHandler(IDocumentSession session, IFileStore files, IMediator mediator, PortfolioAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<UploadPortfolioPhoto, Guid>
{
    public static readonly FilePurpose Purpose = new("JobMatching", "portfolio-photo");

    public async Task<Guid> Handle(UploadPortfolioPhoto command, CancellationToken cancellationToken)
    {
        await access.EnsureMayChangeAsync(command.LearnerId, command.LearnerId, cancellationToken);
        var learner = await mediator.Send(new GetLearnerSummary(command.LearnerId), cancellationToken) ?? throw new NotFound("learner", command.LearnerId);
        var fileId = files.Save(session, new FileSubject(Purpose, learner.FacilityId, command.LearnerId), ImageUploads.Prepare(command.Content));

        var now = clock.GetUtcNow();
        var by = user.Id!.Value;
        var uploaded = new PortfolioPhotoUploaded(Guid.NewGuid(), fileId, command.LearnerId, by, user.Role!, now);
        var photo = PortfolioPhoto.Create(uploaded);
        if (user.IsInRole(Roles.Trainer))
        {
            var approved = new PortfolioPhotoApproved(photo.Id, command.LearnerId, by, now);
            session.Events.StartStream<PortfolioPhoto>(photo.Id, uploaded, approved);
            await PortfolioAccess.ShowApprovedAsync(session, command.LearnerId, [photo.Apply(approved)], cancellationToken);
        }
        else
        {
            session.Events.StartStream<PortfolioPhoto>(photo.Id, uploaded);
        }

        return photo.Id;
    }
}

internal static class UploadPortfolioPhotoEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/me/graduate-profile/photos", (HttpRequest request, ICurrentUser user, IMediator mediator, CancellationToken ct) =>
                UploadAsync(request, user.Id!.Value, mediator, ct))
            .CreatesResource()
            .AcceptsImage()
            .RequireAuthorization(Policies.Learner)
            .WithName("UploadMyPortfolioPhoto")
            .WithTags("JobMatching");
        api.MapPost("/learners/{learnerId:guid}/portfolio-photos", (Guid learnerId, HttpRequest request, IMediator mediator, CancellationToken ct) =>
                UploadAsync(request, learnerId, mediator, ct))
            .CreatesResource()
            .AcceptsImage()
            .RequireAuthorization(Policies.Trainer)
            .WithName("UploadPortfolioPhoto")
            .WithTags("JobMatching");
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, Guid learnerId, IMediator mediator, CancellationToken cancellationToken)
    {
        var photo = await ImageForms.ReadAsync(request, "photo", cancellationToken);
        var id = await mediator.Send(new UploadPortfolioPhoto(learnerId, photo), cancellationToken);
        return TypedResults.Created($"/api/portfolio-photos/{id}", new { id, url = $"/api/portfolio-photos/{id}" });
    }
}
