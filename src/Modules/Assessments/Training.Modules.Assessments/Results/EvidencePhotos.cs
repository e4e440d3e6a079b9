using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Assessments.Results;

/// <summary>An assessor photographs the product from a tablet; the checklist then names the photo by its id.</summary>
internal sealed record UploadEvidence(byte[] Content) : ICommand<Guid>;

internal sealed class UploadEvidenceHandler(IFileStore files) : IRequestHandler<UploadEvidence, Guid>
{
    public async Task<Guid> Handle(UploadEvidence command, CancellationToken cancellationToken)
    {
        var mediaType = ImageUploads.MediaTypeOf(command.Content) ?? throw new RuleBroken("image.not-an-image");
        using var content = new MemoryStream(command.Content);
        return await files.SaveAsync(content, mediaType, cancellationToken);
    }
}

internal static class EvidencePhotoEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/assessments/evidence", async (IFormFile photo, IMediator mediator, CancellationToken ct) =>
            {
                if (photo.Length is 0 or > ImageUploads.MaxBytes)
                {
                    throw new RuleBroken("image.size");
                }

                using var buffer = new MemoryStream();
                await photo.CopyToAsync(buffer, ct);
                var id = await mediator.Send(new UploadEvidence(buffer.ToArray()), ct);
                return TypedResults.Created($"/api/assessments/evidence/{id}", new { id });
            })
            .RequireAuthorization(Policies.Assessor)
            .DisableAntiforgery()
            .WithName(nameof(UploadEvidence))
            .WithTags("Assessments");

        // Photos of products, not of people; staff look at them when reviewing an assessment.
        api.MapGet("/assessments/evidence/{id:guid}", async (Guid id, IFileStore files, CancellationToken ct) =>
                await files.OpenAsync(id, ct) is { } file ? Microsoft.AspNetCore.Http.Results.Stream(file.Content, file.MediaType) : Microsoft.AspNetCore.Http.Results.NotFound())
            .RequireAuthorization(Policies.FacilityStaff)
            .WithName("GetEvidencePhoto")
            .WithTags("Assessments");
    }
}
