using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Training.Modules.Certificates.Tests.Documents;

/// <summary>
/// Reads a QR code back the way a phone would see it: the page's filled rectangles, as PdfPig parses
/// them, are painted into a grey bitmap in their own colours, and ZXing looks for a code in it.
/// </summary>
internal static class PrintedQrCode
{
    private const double PixelsPerPoint = 3;
    private const double QuietZoneModules = 4;

    public static string? Decode(Page page)
    {
        var width = (int)Math.Ceiling(page.Width * PixelsPerPoint);
        var height = (int)Math.Ceiling(page.Height * PixelsPerPoint);
        var pixels = new byte[width * height];
        Array.Fill(pixels, byte.MaxValue);
        foreach (var (rectangle, grey) in FilledRectangles(page))
        {
            var left = Math.Clamp((int)Math.Round(rectangle.Left * PixelsPerPoint), 0, width);
            var right = Math.Clamp((int)Math.Round(rectangle.Right * PixelsPerPoint), 0, width);
            var top = Math.Clamp((int)Math.Round((page.Height - rectangle.Top) * PixelsPerPoint), 0, height);
            var bottom = Math.Clamp((int)Math.Round((page.Height - rectangle.Bottom) * PixelsPerPoint), 0, height);
            for (var y = top; y < bottom; y++)
            {
                Array.Fill(pixels, grey, (y * width) + left, right - left);
            }
        }

        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, width, height, RGBLuminanceSource.BitmapFormat.Gray8)));
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true };
        return new QRCodeReader().decode(bitmap, hints)?.Text;
    }

    /// <summary>
    /// The black modules' outline widened by the four-module quiet zone the QR standard asks for:
    /// one module is the height of the thinnest black rectangle, since modules are drawn row by row.
    /// </summary>
    public static PdfRectangle WithQuietZone(Page page)
    {
        var modules = FilledRectangles(page).Where(r => r.Grey == 0).Select(r => r.Rectangle).ToList();
        var module = modules.Min(r => r.Height);
        return new PdfRectangle(
            modules.Min(r => r.Left) - (QuietZoneModules * module),
            modules.Min(r => r.Bottom) - (QuietZoneModules * module),
            modules.Max(r => r.Right) + (QuietZoneModules * module),
            modules.Max(r => r.Top) + (QuietZoneModules * module));
    }

    public static IEnumerable<(PdfRectangle Rectangle, byte Grey)> FilledRectangles(Page page) =>
        from path in page.Paths
        where path.IsFilled
        from subpath in path
        let rectangle = subpath.GetDrawnRectangle()
        where rectangle is not null
        select (rectangle.Value, Grey(path));

    private static byte Grey(PdfPath path)
    {
        var (red, green, blue) = path.FillColor?.ToRGBValues() ?? (0, 0, 0);
        return (byte)Math.Round(255 * ((0.299 * red) + (0.587 * green) + (0.114 * blue)));
    }
}
