using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Files;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Courses.Lessons;

/// <summary>A trainer uploads a picture for a lesson; the Markdown then shows it with <c>![..](/api/courses/images/{id})</c>.</summary>
internal sealed record UploadLessonImage(byte[] Content) : ICommand<Guid>;

internal sealed class UploadLessonImageHandler(IFileStore files) : IRequestHandler<UploadLessonImage, Guid>
{
    public async Task<Guid> Handle(UploadLessonImage command, CancellationToken cancellationToken)
    {
        var mediaType = ImageUploads.MediaTypeOf(command.Content) ?? throw new RuleBroken("image.not-an-image");
        using var content = new MemoryStream(command.Content);
        return await files.SaveAsync(content, mediaType, cancellationToken);
    }
}

internal static class LessonImageEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/courses/images", async (IFormFile image, IMediator mediator, CancellationToken ct) =>
            {
                if (image.Length is 0 or > ImageUploads.MaxBytes)
                {
                    throw new RuleBroken("image.size");
                }

                using var buffer = new MemoryStream();
                await image.CopyToAsync(buffer, ct);
                var id = await mediator.Send(new UploadLessonImage(buffer.ToArray()), ct);
                return TypedResults.Created($"/api/courses/images/{id}", new { id, url = $"/api/courses/images/{id}" });
            })
            .RequireAuthorization(Policies.Trainer)
            .DisableAntiforgery()
            .WithName(nameof(UploadLessonImage))
            .WithTags("Courses");

        // Course pictures hold no personal data: anyone who can read a lesson may load them.
        api.MapGet("/courses/images/{id:guid}", async (Guid id, IFileStore files, CancellationToken ct) =>
                await files.OpenAsync(id, ct) is { } file ? Results.Stream(file.Content, file.MediaType) : Results.NotFound())
            .AllowAnonymous()
            .WithName("GetLessonImage")
            .WithTags("Courses");
    }
}
