using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using Training.BuildingBlocks.Errors;

namespace Training.BuildingBlocks.Files;

/// <summary>
/// Every uploaded picture is decoded and drawn again on the server: only its pixels survive. A
/// phone photo keeps no place, time, device or caption (EXIF, XMP, IPTC, ICC, comments), stands
/// upright as its orientation tag asked, is at most <see cref="LongestSide"/> pixels on its longest
/// side and gets a thumbnail. Output is JPEG, or PNG when the picture really is transparent (a
/// transparent logo on a lesson would turn black as JPEG).
/// </summary>
public static class ImageUploads
{
    /// <summary>The largest photo accepted: a phone's full-resolution JPEG fits.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>The request body allowed on upload routes: one photo plus the multipart envelope.</summary>
    public const long MaxRequestBytes = MaxBytes + (64 * 1024);

    /// <summary>More pixels than any phone takes: a larger header is a decompression bomb, refused before decoding.</summary>
    public const long MaxPixels = 40_000_000;

    public const int LongestSide = 2048;

    public const int ThumbnailSide = 320;

    // Only the three formats a tablet or phone sends; no decoder for the others is ever reached.
    private static readonly Configuration Formats = new(new JpegConfigurationModule(), new PngConfigurationModule(), new WebpConfigurationModule());

    private static readonly JpegEncoder Jpeg = new() { Quality = 85 };

    private static readonly PngEncoder Png = new() { CompressionLevel = PngCompressionLevel.DefaultCompression };

    /// <summary>The picture re-encoded without metadata, with its thumbnail; refused when it is not a picture or too large.</summary>
    public static PreparedImage Prepare(byte[] upload)
    {
        if (upload.Length is 0 or > (int)MaxBytes)
        {
            throw new RuleBroken("image.size");
        }

        try
        {
            using var header = new MemoryStream(upload, writable: false);
            var info = Image.Identify(Formats, header) ?? throw new RuleBroken("image.not-an-image");
            if ((long)info.Width * info.Height > MaxPixels)
            {
                throw new RuleBroken("image.too-many-pixels");
            }

            using var decoded = Image.Load<Rgba32>(Formats, upload);
            decoded.Mutate(x => x.AutoOrient());
            Bound(decoded, LongestSide);
            using var clean = PixelsOnly(decoded);
            var transparent = HasTransparency(clean);
            using var thumbnail = clean.Clone(x => x.Resize(Fit(clean.Size(), ThumbnailSide)));
            return new PreparedImage(Encode(clean, transparent), Encode(thumbnail, transparent), transparent ? "image/png" : "image/jpeg");
        }
        catch (Exception e) when (e is not RuleBroken)
        {
            // Whatever a crafted file makes the decoder throw, it is refused as no picture, never a 500.
            throw new RuleBroken("image.not-an-image");
        }
    }

    private static void Bound(Image image, int side)
    {
        if (Math.Max(image.Width, image.Height) > side)
        {
            image.Mutate(x => x.Resize(Fit(image.Size(), side)));
        }
    }

    private static Size Fit(Size size, int side)
    {
        var scale = Math.Min(1.0, (double)side / Math.Max(size.Width, size.Height));
        return new Size(Math.Max(1, (int)Math.Round(size.Width * scale)), Math.Max(1, (int)Math.Round(size.Height * scale)));
    }

    // A new image from the pixels alone: no profile, text chunk or comment of the upload can come along.
    private static Image<Rgba32> PixelsOnly(Image<Rgba32> image)
    {
        var pixels = new Rgba32[image.Width * image.Height];
        image.CopyPixelDataTo(pixels);
        return Image.LoadPixelData<Rgba32>(pixels, image.Width, image.Height);
    }

    private static bool HasTransparency(Image<Rgba32> image)
    {
        var transparent = false;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height && !transparent; y++)
            {
                foreach (var pixel in rows.GetRowSpan(y))
                {
                    if (pixel.A != byte.MaxValue)
                    {
                        transparent = true;
                        break;
                    }
                }
            }
        });
        return transparent;
    }

    private static byte[] Encode(Image image, bool transparent)
    {
        using var output = new MemoryStream();
        image.Save(output, transparent ? Png : (IImageEncoder)Jpeg);
        return output.ToArray();
    }
}

/// <summary>A picture ready to store: its re-encoded bytes, its thumbnail's, and their media type.</summary>
public sealed record PreparedImage(byte[] Content, byte[] Thumbnail, string MediaType);
