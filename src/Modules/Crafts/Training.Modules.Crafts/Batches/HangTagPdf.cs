using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Training.BuildingBlocks.Documents;

namespace Training.Modules.Crafts.Batches;

/// <summary>What every tag of one batch says: all public words, checked when they were typed; no maker and no facility.</summary>
internal sealed record HangTag(string Brand, string Title, string Code, string Price, string ProvenanceUrl);

/// <summary>
/// Prints a batch's hang-tags on A4, three across and four down, with dashed cut lines between them: the brand,
/// the product, the batch code large enough to read aloud, the price, and a QR code to the provenance page with
/// its address written under it for a buyer without a camera. Each tag is numbered, so a missing one is noticed.
/// </summary>
internal static class HangTagPdf
{
    public const int Columns = 3;
    public const int Rows = 4;
    public const int PerPage = Columns * Rows;

    private const double Margin = 18;
    private const double Padding = 10;
    private const double QrSize = 74;

    private static readonly XColor Ink = XColor.FromArgb(0x1B, 0x2A, 0x35);
    private static readonly XColor Muted = XColor.FromArgb(0x5F, 0x6B, 0x73);
    private static readonly XColor CutLine = XColor.FromArgb(0xA0, 0xA8, 0xAC);

    /// <summary>Tags numbered <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1 of <paramref name="of"/>.</summary>
    public static byte[] Render(HangTag tag, int first, int count, int of)
    {
        EmbeddedFonts.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"Label {tag.Code}";
        document.Info.Creator = "Bekal";

        for (var start = 0; start < count; start += PerPage)
        {
            var page = document.AddPage();
            page.Size = PageSize.A4;
            using var g = XGraphics.FromPdfPage(page);
            var width = (page.Width.Point - (2 * Margin)) / Columns;
            var height = (page.Height.Point - (2 * Margin)) / Rows;
            var onPage = Math.Min(PerPage, count - start);
            for (var i = 0; i < onPage; i++)
            {
                var box = new XRect(Margin + (i % Columns * width), Margin + (i / Columns * height), width, height);
                DrawTag(g, tag, box, string.Create(CultureInfo.InvariantCulture, $"{first + start + i}/{of}"));
            }

            DrawCutLines(g, width, height, (onPage + Columns - 1) / Columns);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void DrawTag(XGraphics g, HangTag tag, XRect box, string number)
    {
        var inner = box.Width - (2 * Padding);
        var left = box.Left + Padding;
        var ink = new XSolidBrush(Ink);
        var muted = new XSolidBrush(Muted);

        // The hole for the string, so it is punched where it takes nothing away.
        g.DrawEllipse(new XPen(CutLine, 0.6), box.Left + (box.Width / 2) - 4, box.Top + 6, 8, 8);
        TextFit.Fit(g, number, 6, 5, inner / 3, 1).Draw(g, muted, box.Right - Padding - (inner / 3), inner / 3, box.Top + 6, XStringFormats.TopRight);

        var y = box.Top + 18;
        y = TextFit.Fit(g, tag.Brand, 9, 6, inner, 1, bold: true).Draw(g, muted, left, inner, y, XStringFormats.TopCenter);
        y = TextFit.Fit(g, tag.Title, 10, 7, inner, 2).Draw(g, ink, left, inner, y, XStringFormats.TopCenter) + 2;
        y = TextFit.Fit(g, tag.Code, 18, 12, inner, 1, bold: true).Draw(g, ink, left, inner, y, XStringFormats.TopCenter);
        y = TextFit.Fit(g, tag.Price, 11, 8, inner, 1, bold: true).Draw(g, ink, left, inner, y, XStringFormats.TopCenter) + 2;
        QrCodes.Draw(g, tag.ProvenanceUrl, box.Left + ((box.Width - QrSize) / 2), y, QrSize);
        TextFit.Fit(g, tag.ProvenanceUrl, 6.5, 5, inner, 2).Draw(g, ink, left, inner, y + QrSize, XStringFormats.TopCenter);
    }

    /// <summary>Dashed lines along every edge of the filled rows, shared edges drawn once.</summary>
    private static void DrawCutLines(XGraphics g, double width, double height, int rows)
    {
        var pen = new XPen(CutLine, 0.5) { DashStyle = XDashStyle.Dash };
        var bottom = Margin + (rows * height);
        for (var column = 0; column <= Columns; column++)
        {
            g.DrawLine(pen, Margin + (column * width), Margin, Margin + (column * width), bottom);
        }

        for (var row = 0; row <= rows; row++)
        {
            g.DrawLine(pen, Margin, Margin + (row * height), Margin + (Columns * width), Margin + (row * height));
        }
    }
}
