using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Courses.Courses;

namespace Training.Modules.Courses.Lessons;

/// <summary>
/// The course's author uploads a picture for its lessons; the Markdown then shows it with
/// <c>![..](/api/courses/images/{id})</c>. The picture is re-encoded without metadata.
/// </summary>
internal sealed record UploadLessonImage(Guid CourseId, byte[] Content) : ICommand<Guid>;

internal sealed class UploadLessonImageHandler(IDocumentSession session, IFileStore files, ICurrentUser user) : IRequestHandler<UploadLessonImage, Guid>
{
    public static readonly FilePurpose Purpose = new("Courses", "lesson-image");

    public async Task<Guid> Handle(UploadLessonImage command, CancellationToken cancellationToken)
    {
        Authors.EnsureAuthor(await session.LoadAsync<Course>(command.CourseId, cancellationToken), user, command.CourseId);
        var image = ImageUploads.Prepare(command.Content);
        return files.Save(session, new FileSubject(Purpose, user.FacilityId, command.CourseId), image);
    }
}

internal static class UploadLessonImageEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/courses/{courseId:guid}/images", async (Guid courseId, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new UploadLessonImage(courseId, await ImageForms.ReadAsync(request, "image", ct)), ct);
                return TypedResults.Created($"/api/courses/images/{id}", new { id, url = $"/api/courses/images/{id}" });
            })
            .CreatesResource()
            .AcceptsImage()
            .RequireAuthorization(Policies.Trainer)
            .WithName(nameof(UploadLessonImage))
            .WithTags("Courses");
}
