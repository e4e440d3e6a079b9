using PdfSharp.Drawing;

namespace Training.BuildingBlocks.Documents;

/// <summary>Lines set in one font, ready to draw one under another.</summary>
public sealed record FittedText(XFont Font, IReadOnlyList<string> Lines)
{
    public double LineHeight => Font.Size * TextFit.LineSpacing;

    public double Height => Lines.Count * LineHeight;

    /// <summary>Draws the lines from <paramref name="top"/> down and returns the y below the last one.</summary>
    public double Draw(XGraphics g, XBrush brush, double left, double width, double top, XStringFormat format)
    {
        foreach (var line in Lines)
        {
            g.DrawString(line, Font, brush, new XRect(left, top, width, LineHeight), format);
            top += LineHeight;
        }

        return top;
    }
}

/// <summary>
/// Fits text to a box by wrapping at spaces and shrinking step by step, so names, titles and units
/// of any length stay inside the page; only text too long even at the smallest size is cut short.
/// </summary>
public static class TextFit
{
    /// <summary>The distance from one line to the next, as a multiple of the font size.</summary>
    public const double LineSpacing = 1.22;

    private const double Step = 0.5;
    private const string Ellipsis = "…";

    /// <summary>The embedded DejaVu Sans at <paramref name="size"/> points, the only face printed documents use.</summary>
    public static XFont Font(double size, bool bold = false) =>
        new(EmbeddedFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    public static FittedText Fit(XGraphics g, string text, double size, double minSize, double width, int maxLines, bool bold = false)
    {
        for (var current = size; current > minSize; current -= Step)
        {
            var font = Font(current, bold);
            var lines = Wrap(g, text, font, width);
            if (lines.Count <= maxLines)
            {
                return new FittedText(font, Balance(g, text, font, width, lines));
            }
        }

        var smallest = Font(minSize, bold);
        var wrapped = Wrap(g, text, smallest, width);
        return new FittedText(smallest, wrapped.Count <= maxLines ? Balance(g, text, smallest, width, wrapped) : Clip(g, wrapped, smallest, width, maxLines));
    }

    public static List<string> Wrap(XGraphics g, string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (Fits(g, candidate, font, width))
            {
                line = candidate;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            line = word;
            while (!Fits(g, line, font, width) && line.Length > 1)
            {
                var cut = LongestFittingPrefix(g, line, font, width);
                lines.Add(line[..cut]);
                line = line[cut..];
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    public static IReadOnlyList<string> Clip(XGraphics g, IReadOnlyList<string> lines, XFont font, double width, int maxLines)
    {
        if (lines.Count <= maxLines)
        {
            return lines;
        }

        var kept = lines.Take(maxLines).ToList();
        var last = kept[^1];
        while (last.Length > 0 && !Fits(g, last + Ellipsis, font, width))
        {
            last = last[..^1];
        }

        kept[^1] = last.TrimEnd() + Ellipsis;
        return kept;
    }

    /// <summary>
    /// The same number of lines at the narrowest width that still allows it without breaking a word,
    /// so that a wrapped title reads as an even block instead of a full line over a lone last word.
    /// </summary>
    private static List<string> Balance(XGraphics g, string text, XFont font, double width, List<string> lines)
    {
        if (lines.Count < 2)
        {
            return lines;
        }

        var words = string.Join(' ', lines);
        var (narrow, wide) = (width / lines.Count, width);
        var best = lines;
        while (wide - narrow > 1)
        {
            var middle = (narrow + wide) / 2;
            var attempt = Wrap(g, text, font, middle);
            if (attempt.Count <= lines.Count && string.Join(' ', attempt) == words)
            {
                (wide, best) = (middle, attempt);
            }
            else
            {
                narrow = middle;
            }
        }

        return best;
    }

    private static bool Fits(XGraphics g, string text, XFont font, double width) => g.MeasureString(text, font).Width <= width;

    private static int LongestFittingPrefix(XGraphics g, string word, XFont font, double width)
    {
        var cut = 1;
        while (cut < word.Length && Fits(g, word[..(cut + 1)], font, width))
        {
            cut++;
        }

        return cut;
    }
}
