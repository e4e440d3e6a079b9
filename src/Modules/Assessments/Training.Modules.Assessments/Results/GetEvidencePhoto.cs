using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Files;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Assessments.Results;

/// <summary>An evidence photo: for the learner herself and the staff of her current facility; 404 for anyone else.</summary>
internal sealed record GetEvidencePhoto(Guid PhotoId, bool Thumbnail) : IRequest<StoredFile>;

internal sealed class GetEvidencePhotoHandler(IFileStore files, IMediator mediator) : IRequestHandler<GetEvidencePhoto, StoredFile>
{
    public async Task<StoredFile> Handle(GetEvidencePhoto query, CancellationToken cancellationToken)
    {
        var photo = await files.ReadAsync(query.PhotoId, UploadEvidencePhotoHandler.Purpose, query.Thumbnail, cancellationToken);
        return photo is not null && await mediator.Send(new MayActOnLearner(photo.Subject.SubjectId), cancellationToken)
            ? photo
            : throw new NotFound("evidence-photo", query.PhotoId);
    }
}

internal static class GetEvidencePhotoEndpoint
{
    // Open to every caller: who may see the photo depends on the photo, and anyone else gets 404.
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/assessments/evidence/{id:guid}", async (Guid id, bool? thumbnail, IMediator mediator, CancellationToken ct) =>
                ImageForms.Answer(await mediator.Send(new GetEvidencePhoto(id, thumbnail ?? false), ct)))
            .AllowAnonymous()
            .WithName(nameof(GetEvidencePhoto))
            .WithTags("Assessments");
}
