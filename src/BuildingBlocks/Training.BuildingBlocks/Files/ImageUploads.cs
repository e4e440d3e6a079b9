namespace Training.BuildingBlocks.Files;

/// <summary>Accepts only real PNG, JPEG or WebP images, judged by their first bytes rather than by what the client claims.</summary>
public static class ImageUploads
{
    public const long MaxBytes = 2 * 1024 * 1024;

    /// <summary>The image's media type, or null when the bytes are not one of the accepted images.</summary>
    public static string? MediaTypeOf(ReadOnlySpan<byte> head) => head switch
    {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "image/webp",
        _ => null,
    };
}
