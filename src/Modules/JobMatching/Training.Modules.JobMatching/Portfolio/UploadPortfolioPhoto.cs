using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching.Portfolio;

/// <summary>
/// A photo of a learner's work, uploaded by the learner (waiting for a trainer's approval) or by a
/// trainer of the learner's facility (approved by that trainer as it is uploaded). Only real PNG,
/// JPEG or WebP images are kept.
/// </summary>
internal sealed record UploadPortfolioPhoto(Guid LearnerId, byte[] Content) : ICommand<Guid>;

internal sealed class UploadPortfolioPhotoHandler(IDocumentSession session, IFileStore files, PortfolioAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<UploadPortfolioPhoto, Guid>
{
    public async Task<Guid> Handle(UploadPortfolioPhoto command, CancellationToken cancellationToken)
    {
        await access.EnsureMayChangeAsync(command.LearnerId, command.LearnerId, cancellationToken);
        var mediaType = ImageUploads.MediaTypeOf(command.Content) ?? throw new RuleBroken("image.not-an-image");
        using var content = new MemoryStream(command.Content);
        var fileId = await files.SaveAsync(content, mediaType, cancellationToken);

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
        api.MapPost("/me/graduate-profile/photos", (HttpRequest request, ICurrentUser user, IServiceScopeFactory scopes, CancellationToken ct) =>
                UploadAsync(request, user.Id!.Value, scopes, ct))
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .RequireAuthorization(Policies.Learner)
            .WithName("UploadMyPortfolioPhoto")
            .WithTags("JobMatching");
        api.MapPost("/learners/{learnerId:guid}/portfolio-photos", (Guid learnerId, HttpRequest request, IServiceScopeFactory scopes, CancellationToken ct) =>
                UploadAsync(request, learnerId, scopes, ct))
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery()
            .RequireAuthorization(Policies.Trainer)
            .WithName("UploadPortfolioPhoto")
            .WithTags("JobMatching");
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, Guid learnerId, IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw new RuleBroken("image.size");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form.Files.GetFile("photo") is not { Length: > 0 and <= ImageUploads.MaxBytes } image)
        {
            throw new RuleBroken("image.size");
        }

        using var buffer = new MemoryStream();
        await image.CopyToAsync(buffer, cancellationToken);
        var id = await RaceRetry.SendAsync(scopes, new UploadPortfolioPhoto(learnerId, buffer.ToArray()), cancellationToken);
        return TypedResults.Created($"/api/portfolio-photos/{id}", new { id, url = $"/api/portfolio-photos/{id}" });
    }
}
