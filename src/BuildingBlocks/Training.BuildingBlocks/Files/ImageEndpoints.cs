using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;

namespace Training.BuildingBlocks.Files;

/// <summary>Stores an uploaded picture once its first bytes show it is a real PNG, JPEG or WebP image.</summary>
public sealed record StoreImage(byte[] Content) : ICommand<Guid>;

internal sealed class StoreImageHandler(IFileStore files) : IRequestHandler<StoreImage, Guid>
{
    public async Task<Guid> Handle(StoreImage command, CancellationToken cancellationToken)
    {
        var mediaType = ImageUploads.MediaTypeOf(command.Content) ?? throw new RuleBroken("image.not-an-image");
        using var content = new MemoryStream(command.Content);
        return await files.SaveAsync(content, mediaType, cancellationToken);
    }
}

public static class ImageEndpoints
{
    /// <summary>Maps a multipart upload of one picture (form field <paramref name="field"/>) answering 201 with its id and address.</summary>
    public static RouteHandlerBuilder MapImageUpload(this IEndpointRouteBuilder api, string pattern, string field, Func<Guid, string> addressOf) =>
        api.MapPost(pattern, async (HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var form = await request.ReadFormAsync(ct);
                if (form.Files.GetFile(field) is not { Length: > 0 and <= ImageUploads.MaxBytes } image)
                {
                    throw new RuleBroken("image.size");
                }

                using var buffer = new MemoryStream();
                await image.CopyToAsync(buffer, ct);
                var id = await mediator.Send(new StoreImage(buffer.ToArray()), ct);
                return TypedResults.Created(addressOf(id), new { id, url = addressOf(id) });
            })
            .Accepts<IFormFile>("multipart/form-data")
            .DisableAntiforgery();

    /// <summary>Maps the download of a stored picture by id; 404 when there is none.</summary>
    public static RouteHandlerBuilder MapImageDownload(this IEndpointRouteBuilder api, string pattern) =>
        api.MapGet(pattern, async (Guid id, IFileStore files, CancellationToken ct) =>
            await files.OpenAsync(id, ct) is { } file ? Results.Stream(file.Content, file.MediaType) : Results.NotFound());
}
