using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Training.BuildingBlocks.Documents;

/// <summary>
/// Prints a <see cref="PrintedList"/> on A4 landscape pages: every page repeats the title, the facts
/// and the table's heading row, so a page that comes loose from the folder still says what it is.
/// Rows that do not fit go on to the next page; a cell's text wraps to a few lines and is cut after that.
/// </summary>
public static class ListPdf
{
    private const double Margin = 36;
    private const double FooterHeight = 18;
    private const double HeaderRowHeight = 26;
    private const double CellPadding = 4;
    private const double CellSize = 8.5;
    private const int CellLines = 3;

    private static readonly XColor Ink = XColor.FromArgb(0x1B, 0x2A, 0x35);
    private static readonly XColor Muted = XColor.FromArgb(0x5F, 0x6B, 0x73);
    private static readonly XColor Accent = XColor.FromArgb(0x1F, 0x5C, 0x66);
    private static readonly XColor Tint = XColor.FromArgb(0xF0, 0xF5, 0xF5);
    private static readonly XColor Rule = XColor.FromArgb(0xC9, 0xD3, 0xD6);
    private static readonly XColor HeaderSubtitle = XColor.FromArgb(0xCF, 0xE3, 0xE5);

    public static byte[] Render(PrintedList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        EmbeddedFonts.EnsureInstalled();

        using var document = new PdfDocument();
        document.Info.Title = list.Title;
        document.Info.Subject = list.EnglishTitle;
        document.Info.Creator = "Bekal";

        foreach (var table in list.Tables)
        {
            PrintTable(document, list, table);
        }

        if (document.PageCount == 0)
        {
            PrintTable(document, list, new PrintedTable(null, [], []));
        }

        for (var i = 0; i < document.PageCount; i++)
        {
            using var g = XGraphics.FromPdfPage(document.Pages[i]);
            DrawFooter(g, list.PrintedAt, i + 1, document.PageCount);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void PrintTable(PdfDocument document, PrintedList list, PrintedTable table)
    {
        var (page, g) = NewPage(document);
        try
        {
            var bottom = page.Height.Point - Margin - FooterHeight;
            var width = page.Width.Point - (2 * Margin);
            var widths = Widths(table.Columns, width);
            var y = DrawTop(g, list, table.Caption, width, continued: false);
            y = DrawHeaderRow(g, table.Columns, widths, y);
            var laidOut = table.Rows.Select(row => Layout(g, row, widths)).ToList();
            for (var i = 0; i < table.Rows.Count; i++)
            {
                var cells = laidOut[i];
                var height = RowHeight(cells);

                // A summary row is never left alone at the top of a page: the row above it moves over with it.
                var keptWith = i + 1 < table.Rows.Count && table.Rows[i + 1].Summary && !table.Rows[i].Summary ? RowHeight(laidOut[i + 1]) : 0;
                if (y + height + keptWith > bottom)
                {
                    g.Dispose();
                    (page, g) = NewPage(document);
                    y = DrawHeaderRow(g, table.Columns, widths, DrawTop(g, list, table.Caption, width, continued: true));
                }

                y = DrawRow(g, table.Columns, table.Rows[i], cells, widths, y, shaded: i % 2 == 1);
            }
        }
        finally
        {
            g.Dispose();
        }
    }

    private static (PdfPage Page, XGraphics Graphics) NewPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        return (page, XGraphics.FromPdfPage(page));
    }

    /// <summary>Title, facts and the caption; returns the y where the table starts.</summary>
    private static double DrawTop(XGraphics g, PrintedList list, string? caption, double width, bool continued)
    {
        var y = TextFit.Fit(g, list.Title, 15, 11, width, 2, bold: true).Draw(g, new XSolidBrush(Accent), Margin, width, Margin, XStringFormats.TopLeft);
        y = TextFit.Fit(g, list.EnglishTitle, 9, 7, width, 1).Draw(g, new XSolidBrush(Muted), Margin, width, y, XStringFormats.TopLeft) + 4;
        foreach (var fact in list.Facts)
        {
            y = TextFit.Fit(g, fact, 9, 7, width, 2).Draw(g, new XSolidBrush(Ink), Margin, width, y, XStringFormats.TopLeft);
        }

        y += 6;
        var heading = (caption, continued) switch
        {
            (null, false) => null,
            (null, true) => "(lanjutan)",
            (_, false) => caption,
            _ => caption + " (lanjutan)",
        };
        if (heading is not null)
        {
            y = TextFit.Fit(g, heading, 9.5, 7, width, 1, bold: true).Draw(g, new XSolidBrush(Ink), Margin, width, y, XStringFormats.TopLeft) + 3;
        }

        return y;
    }

    private static double DrawHeaderRow(XGraphics g, IReadOnlyList<PrintedColumn> columns, IReadOnlyList<double> widths, double top)
    {
        if (columns.Count == 0)
        {
            return top;
        }

        g.DrawRectangle(new XSolidBrush(Accent), Margin, top, widths.Sum(), HeaderRowHeight);
        var x = Margin;
        for (var i = 0; i < columns.Count; i++)
        {
            var cell = new XRect(x + CellPadding, top + 4, widths[i] - (2 * CellPadding), HeaderRowHeight - 4);
            var format = columns[i].Centred ? XStringFormats.TopCenter : XStringFormats.TopLeft;
            TextFit.Fit(g, columns[i].Heading, 8, 5.5, cell.Width, 1, bold: true).Draw(g, XBrushes.White, cell.Left, cell.Width, cell.Top, format);
            if (columns[i].SubHeading.Length > 0)
            {
                TextFit.Fit(g, columns[i].SubHeading, 6.5, 5, cell.Width, 1).Draw(g, new XSolidBrush(HeaderSubtitle), cell.Left, cell.Width, cell.Top + 9.5, format);
            }

            x += widths[i];
        }

        return top + HeaderRowHeight;
    }

    private static IReadOnlyList<FittedText> Layout(XGraphics g, PrintedRow row, IReadOnlyList<double> widths)
    {
        var font = TextFit.Font(CellSize, row.Summary);
        return [.. widths.Select((width, i) =>
        {
            var text = i < row.Cells.Count ? row.Cells[i] : "";
            var inner = width - (2 * CellPadding);
            return new FittedText(font, TextFit.Clip(g, TextFit.Wrap(g, text, font, inner), font, inner, CellLines));
        })];
    }

    private static double RowHeight(IReadOnlyList<FittedText> cells) =>
        (Math.Max(1, cells.Select(c => c.Lines.Count).DefaultIfEmpty(1).Max()) * CellSize * TextFit.LineSpacing) + (2 * CellPadding);

    private static double DrawRow(
        XGraphics g, IReadOnlyList<PrintedColumn> columns, PrintedRow row, IReadOnlyList<FittedText> cells, IReadOnlyList<double> widths, double top, bool shaded)
    {
        var height = RowHeight(cells);
        var width = widths.Sum();
        if (row.Summary || shaded)
        {
            g.DrawRectangle(new XSolidBrush(Tint), Margin, top, width, height);
        }

        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var format = columns[i].Centred ? XStringFormats.TopCenter : XStringFormats.TopLeft;
            cells[i].Draw(g, new XSolidBrush(Ink), x + CellPadding, widths[i] - (2 * CellPadding), top + CellPadding, format);
            x += widths[i];
        }

        g.DrawLine(new XPen(row.Summary ? Accent : Rule, row.Summary ? 0.8 : 0.4), Margin, top + height, Margin + width, top + height);
        return top + height;
    }

    private static void DrawFooter(XGraphics g, string printedAt, int number, int count)
    {
        var width = g.PageSize.Width - (2 * Margin);
        var top = g.PageSize.Height - Margin - FooterHeight + 6;
        var pageOf = string.Create(CultureInfo.InvariantCulture, $"Halaman {number} dari {count}");
        TextFit.Fit(g, printedAt, 7.5, 6, width * 0.7, 1).Draw(g, new XSolidBrush(Muted), Margin, width * 0.7, top, XStringFormats.TopLeft);
        TextFit.Fit(g, pageOf, 7.5, 6, width * 0.3, 1).Draw(g, new XSolidBrush(Muted), Margin + (width * 0.7), width * 0.3, top, XStringFormats.TopRight);
    }

    /// <summary>Shares of the page's width in proportion to the columns' weights.</summary>
    private static IReadOnlyList<double> Widths(IReadOnlyList<PrintedColumn> columns, double width)
    {
        var total = columns.Sum(c => c.Weight);
        return [.. columns.Select(c => total <= 0 ? width / columns.Count : width * c.Weight / total)];
    }
}
