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
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Assessments.Results;

/// <summary>
/// An assessor of the learner's facility photographs her product from a tablet; the checklist then
/// names the photo by its id. The photo is the learner's: re-encoded without metadata, kept under her.
/// </summary>
internal sealed record UploadEvidencePhoto(Guid EnrollmentId, byte[] Content) : ICommand<Guid>;

internal sealed class UploadEvidencePhotoHandler(IDocumentSession session, IFileStore files, IMediator mediator, ICurrentUser user)
    : IRequestHandler<UploadEvidencePhoto, Guid>
{
    public static readonly FilePurpose Purpose = new("Assessments", "evidence-photo");

    public async Task<Guid> Handle(UploadEvidencePhoto command, CancellationToken cancellationToken)
    {
        var enrollment = await mediator.Send(new GetEnrollmentById(command.EnrollmentId), cancellationToken);
        if (enrollment is null || !user.IsInRole(Roles.Assessor) || user.FacilityId != enrollment.FacilityId)
        {
            throw new NotFound("enrollment", command.EnrollmentId);
        }

        var photo = ImageUploads.Prepare(command.Content);
        return files.Save(session, new FileSubject(Purpose, enrollment.FacilityId, enrollment.LearnerId), photo);
    }
}

internal static class UploadEvidencePhotoEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/assessments/{enrollmentId:guid}/evidence", async (Guid enrollmentId, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new UploadEvidencePhoto(enrollmentId, await ImageForms.ReadAsync(request, "photo", ct)), ct);
                return TypedResults.Created($"/api/assessments/evidence/{id}", new { id, url = $"/api/assessments/evidence/{id}" });
            })
            .CreatesResource()
            .AcceptsImage()
            .RequireAuthorization(Policies.Assessor)
            .WithName(nameof(UploadEvidencePhoto))
            .WithTags("Assessments");
}
