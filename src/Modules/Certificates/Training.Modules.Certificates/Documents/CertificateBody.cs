using PdfSharp.Drawing;
using Training.BuildingBlocks.Documents;
using Training.Modules.Certificates.Certificates;
using static Training.Modules.Certificates.Documents.CertificateStyle;

namespace Training.Modules.Certificates.Documents;

/// <summary>
/// Who was found competent in what: holder, course and the table of units. Measured before drawing:
/// a long list makes the name and title smaller until the units fit, a short one is spread out.
/// </summary>
internal static class CertificateBody
{
    private static readonly double[] Scales = [1, 0.85, 0.72, 0.62];
    private const double MaxGapStretch = 3.5;

    private sealed record Block(double Height, double GapAfter, Action<double> Draw);

    public static void Draw(XGraphics g, Certificate certificate, XRect area)
    {
        var layout = Layout(g, certificate, area, Scales[0]);
        for (var i = 1; i < Scales.Length && !layout.Table.Complete; i++)
        {
            layout = Layout(g, certificate, area, Scales[i]);
        }

        var blocks = layout.Blocks;

        // Spare room first widens the gaps (up to a point), then is split above and below.
        var gaps = blocks.Sum(b => b.GapAfter);
        var spare = Math.Max(0, area.Height - blocks.Sum(b => b.Height) - gaps);
        var stretch = Math.Min(MaxGapStretch, 1 + (spare / gaps));
        var y = area.Top + ((spare - ((stretch - 1) * gaps)) / 2);
        foreach (var block in blocks)
        {
            block.Draw(y);
            y += block.Height + (block.GapAfter * stretch);
        }
    }

    private static (List<Block> Blocks, CertificateUnitsTable Table) Layout(XGraphics g, Certificate certificate, XRect area, double scale)
    {
        var centred = XStringFormats.TopCenter;
        var labelSize = Math.Max(9, 10.5 * scale);
        var labelHeight = LabelHeight(labelSize);
        var title = TextFit.Fit(g, certificate.CourseTitle, 17 * scale, Math.Min(11, 17 * scale), area.Width * 0.92, 3, bold: true);
        var version = TextFit.Fit(g, $"versi {certificate.CourseVersion}  ·  version {certificate.CourseVersion}", 8.5, 8.5, area.Width, 1);

        var blocks = new List<Block>
        {
            new(labelHeight, 3 * scale, y => DrawLabel(g, "Diberikan kepada", "Awarded to", Row(area, y, labelHeight), centred, labelSize)),
            Holder(g, certificate, area, scale),
            new(labelHeight, 3 * scale, y => DrawLabel(g, "telah dinyatakan Kompeten dalam pelatihan", "has been found competent in", Row(area, y, labelHeight), centred, labelSize)),
            new(title.Height, 1, y => title.Draw(g, Brush(Accent), area.Left, area.Width, y, centred)),
            new(version.Height, 10 * scale, y => version.Draw(g, Brush(Muted), area.Left, area.Width, y, centred)),
        };

        var table = CertificateUnitsTable.Fit(g, certificate.Units, area.Width, area.Height - blocks.Sum(b => b.Height + b.GapAfter));
        blocks.Add(new Block(table.Height, 0, y => table.Draw(g, area.Left, y)));
        return (blocks, table);
    }

    /// <summary>After an erasure the name is gone but the certificate stays verifiable: say so instead of printing a blank.</summary>
    private static Block Holder(XGraphics g, Certificate certificate, XRect area, double scale)
    {
        if (string.IsNullOrWhiteSpace(certificate.HolderName))
        {
            var size = 15 * scale;
            var height = LabelHeight(size);
            return new Block(height, 8 * scale, y => DrawLabel(g, "Nama pemegang dirahasiakan", "Holder name withheld", Row(area, y, height), XStringFormats.TopCenter, size));
        }

        var name = TextFit.Fit(g, certificate.HolderName, 26 * scale, 14 * scale, area.Width * 0.92, 2, bold: true);
        return new Block(name.Height, 8 * scale, y => name.Draw(g, Brush(Ink), area.Left, area.Width, y, XStringFormats.TopCenter));
    }

    private static XRect Row(XRect area, double top, double height) => new(area.Left, top, area.Width, height);
}
