using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Training.BuildingBlocks.Errors;

namespace Training.BuildingBlocks.Files;

/// <summary>How an upload route receives one picture in a multipart form.</summary>
public static class ImageForms
{
    /// <summary>
    /// A multipart upload route: its body may hold one phone photo (<see cref="ImageUploads.MaxRequestBytes"/>),
    /// every other route keeps the host's small limit. A larger body is answered 413 with a code.
    /// </summary>
    public static RouteHandlerBuilder AcceptsImage(this RouteHandlerBuilder route) => route
        .Accepts<IFormFile>("multipart/form-data")
        .DisableAntiforgery()
        .WithMetadata(new RequestSizeLimitAttribute(ImageUploads.MaxRequestBytes));

    /// <summary>The bytes of the one picture in form field <paramref name="field"/>; refused (<c>image.size</c>) when it is missing or too large.</summary>
    public static async Task<byte[]> ReadAsync(HttpRequest request, string field, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            throw new RuleBroken("image.size");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        return form.Files.GetFile(field) is { } file ? await ReadAsync(file, cancellationToken) : throw new RuleBroken("image.size");
    }

    public static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length is 0 or > ImageUploads.MaxBytes)
        {
            throw new RuleBroken("image.size");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>The answer of a read route: the file's bytes as its media type.</summary>
    public static IResult Answer(StoredFile file) => Results.Bytes(file.Content, file.MediaType);
}
