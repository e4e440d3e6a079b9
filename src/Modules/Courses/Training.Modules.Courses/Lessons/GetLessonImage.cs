using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Security;
using Training.Modules.Courses.Courses;

namespace Training.Modules.Courses.Lessons;

/// <summary>
/// A lesson picture: public once a published version of its course shows it (course pictures hold
/// no personal data); before that only for the trainers of the facility it was uploaded at.
/// </summary>
internal sealed record GetLessonImage(Guid ImageId, bool Thumbnail) : IRequest<StoredFile>;

internal sealed class GetLessonImageHandler(IQuerySession session, IFileStore files, ICurrentUser user) : IRequestHandler<GetLessonImage, StoredFile>
{
    public async Task<StoredFile> Handle(GetLessonImage query, CancellationToken cancellationToken)
    {
        var image = await files.ReadAsync(query.ImageId, UploadLessonImageHandler.Purpose, query.Thumbnail, cancellationToken);
        if (image is null || !(await IsPublishedAsync(image, cancellationToken) || IsTrainerOf(image)))
        {
            throw new NotFound("image", query.ImageId);
        }

        return image;
    }

    private bool IsTrainerOf(StoredFile image) => user.IsInRole(Roles.Trainer) && user.FacilityId == image.Subject.FacilityId;

    private async Task<bool> IsPublishedAsync(StoredFile image, CancellationToken cancellationToken)
    {
        var address = image.Id.ToString();
        var versions = await session.Query<CourseVersion>().Where(v => v.CourseId == image.Subject.SubjectId).ToListAsync(cancellationToken);
        return versions.Any(v => v.Content.Lessons.Any(l => l.Body.Contains(address, StringComparison.OrdinalIgnoreCase)));
    }
}

internal static class GetLessonImageEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/courses/images/{id:guid}", async (Guid id, bool? thumbnail, IMediator mediator, CancellationToken ct) =>
                ImageForms.Answer(await mediator.Send(new GetLessonImage(id, thumbnail ?? false), ct)))
            .AllowAnonymous()
            .WithName(nameof(GetLessonImage))
            .WithTags("Courses");
}
