using PdfSharp.Drawing;
using Training.BuildingBlocks.Documents;

namespace Training.Modules.Certificates.Documents;

/// <summary>The certificate's fonts, colours and the bilingual label every field carries.</summary>
internal static class CertificateStyle
{
    public static readonly XColor Ink = XColor.FromArgb(0x1B, 0x2A, 0x35);
    public static readonly XColor Muted = XColor.FromArgb(0x5F, 0x6B, 0x73);
    public static readonly XColor Accent = XColor.FromArgb(0x1F, 0x5C, 0x66);
    public static readonly XColor Gold = XColor.FromArgb(0xA8, 0x82, 0x3C);
    public static readonly XColor Tint = XColor.FromArgb(0xF0, 0xF5, 0xF5);
    public static readonly XColor HeaderSubtitle = XColor.FromArgb(0xCF, 0xE3, 0xE5);

    public const double LineSpacing = TextFit.LineSpacing;

    public static XFont Font(double size, bool bold = false) => TextFit.Font(size, bold);

    public static XBrush Brush(XColor color) => new XSolidBrush(color);

    /// <summary>Indonesian first, English smaller and quieter beneath; returns the height used.</summary>
    public static double DrawLabel(
        XGraphics g, string indonesian, string english, XRect box, XStringFormat format, double size = 10, bool bold = false)
    {
        var id = TextFit.Fit(g, indonesian, size, size * 0.7, box.Width, 1, bold);
        var en = TextFit.Fit(g, english, size * 0.78, size * 0.55, box.Width, 1);
        var y = id.Draw(g, Brush(Ink), box.Left, box.Width, box.Top, format);
        return en.Draw(g, Brush(Muted), box.Left, box.Width, y, format) - box.Top;
    }

    public static double LabelHeight(double size = 10) => (size + size * 0.78) * LineSpacing;
}
