using System.Globalization;
using PdfSharp.Drawing;
using Training.BuildingBlocks.Documents;
using Training.Modules.Certificates.Certificates;
using static Training.Modules.Certificates.Documents.CertificateStyle;

namespace Training.Modules.Certificates.Documents;

/// <summary>
/// The competency units as a table (number, code, title, outcome), set in the largest size that fits
/// the room left on the page. Codes are never cut; titles are shortened only as a last resort.
/// </summary>
internal sealed class CertificateUnitsTable
{
    private const double NumberWidth = 28;
    private const double CodeWidth = 116;
    private const double OutcomeWidth = 86;
    private const double CellPadding = 6;
    private const double HeaderHeight = 24;
    private const double LargestSize = 9;
    private const double SmallestReadableSize = 6.5;
    private const double SmallestSize = 4;
    private const double Step = 0.5;

    private readonly XFont font;
    private readonly IReadOnlyList<Row> rows;
    private readonly double width;

    private sealed record Row(string Number, IReadOnlyList<string> Code, IReadOnlyList<string> Title, string Outcome);

    private CertificateUnitsTable(XFont font, IReadOnlyList<Row> rows, double width, bool complete)
    {
        this.font = font;
        this.rows = rows;
        this.width = width;
        Complete = complete;
    }

    public double Height => rows.Count == 0 ? 0 : HeaderHeight + rows.Sum(RowHeight);

    /// <summary>Whether every title is shown whole at a readable size.</summary>
    public bool Complete { get; }

    private double TitleWidth => TitleWidthIn(width);

    private double LineHeight => font.Size * LineSpacing;

    private double Padding => font.Size * 0.35;

    public static CertificateUnitsTable Fit(XGraphics g, IReadOnlyList<CertificateUnit> units, double width, double room)
    {
        // Shrink first; when even the smallest readable size needs more room, cut titles to fewer lines,
        // and only then shrink further, one line per unit.
        var attempts = Sizes(LargestSize, SmallestReadableSize).Select(size => (size, lines: int.MaxValue))
            .Concat(new[] { 3, 2, 1 }.Select(lines => (size: SmallestReadableSize, lines)))
            .Concat(Sizes(SmallestReadableSize - Step, SmallestSize).Select(size => (size, lines: 1)));

        CertificateUnitsTable? table = null;
        foreach (var (size, lines) in attempts)
        {
            table = Layout(g, units, width, size, lines);
            if (table.Height <= room)
            {
                break;
            }
        }

        return table!;
    }

    public void Draw(XGraphics g, double left, double top)
    {
        if (rows.Count == 0)
        {
            return;
        }

        g.DrawRectangle(Brush(Accent), left, top, width, HeaderHeight);
        var columns = new[] { ("No.", "No."), ("Kode unit", "Unit code"), ("Judul unit kompetensi", "Competency unit title"), ("Hasil", "Outcome") };
        var x = left;
        foreach (var ((id, en), columnWidth) in columns.Zip(ColumnWidths()))
        {
            var cell = new XRect(x + CellPadding, top + 4, columnWidth - (2 * CellPadding), HeaderHeight - 4);
            TextFit.Fit(g, id, 8, 6, cell.Width, 1, bold: true).Draw(g, XBrushes.White, cell.Left, cell.Width, cell.Top, XStringFormats.TopLeft);
            TextFit.Fit(g, en, 6.5, 5, cell.Width, 1).Draw(g, Brush(HeaderSubtitle), cell.Left, cell.Width, cell.Top + 9.5, XStringFormats.TopLeft);
            x += columnWidth;
        }

        var y = top + HeaderHeight;
        var bold = Font(font.Size, bold: true);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var height = RowHeight(row);
            if (i % 2 == 1)
            {
                g.DrawRectangle(Brush(Tint), left, y, width, height);
            }

            (IReadOnlyList<string> Lines, XFont Font)[] cells = [([row.Number], font), (row.Code, font), (row.Title, font), ([row.Outcome], bold)];
            x = left;
            foreach (var ((lines, cellFont), columnWidth) in cells.Zip(ColumnWidths()))
            {
                new FittedText(cellFont, lines).Draw(g, Brush(Ink), x + CellPadding, columnWidth - (2 * CellPadding), y + Padding, XStringFormats.TopLeft);
                x += columnWidth;
            }

            y += height;
        }

        g.DrawLine(new XPen(Accent, 0.8), left, y, left + width, y);
    }

    private static CertificateUnitsTable Layout(XGraphics g, IReadOnlyList<CertificateUnit> units, double width, double size, int titleLines)
    {
        var font = Font(size);
        var titleWidth = TitleWidthIn(width) - (2 * CellPadding);
        var rows = units.Select((unit, i) => new Row(
            (i + 1).ToString(CultureInfo.InvariantCulture),
            TextFit.Wrap(g, string.IsNullOrWhiteSpace(unit.Code) ? "–" : unit.Code, font, CodeWidth - (2 * CellPadding)),
            TextFit.Clip(g, TextFit.Wrap(g, unit.Title, font, titleWidth), font, titleWidth, titleLines),
            CertificateWording.Outcome(unit.Outcome)));
        var complete = size >= SmallestReadableSize && titleLines == int.MaxValue;
        return new CertificateUnitsTable(font, [.. rows], width, complete);
    }

    private double RowHeight(Row row) => (Math.Max(row.Code.Count, row.Title.Count) * LineHeight) + (2 * Padding);

    private static double TitleWidthIn(double tableWidth) => tableWidth - NumberWidth - CodeWidth - OutcomeWidth;

    private IEnumerable<double> ColumnWidths() => [NumberWidth, CodeWidth, TitleWidth, OutcomeWidth];

    private static IEnumerable<double> Sizes(double from, double to)
    {
        for (var size = from; size >= to; size -= Step)
        {
            yield return size;
        }
    }
}
