using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Training.Modules.Certificates.Tests.Documents;

/// <summary>Where things landed on a printed page, to tell text that fits from text that overflowed.</summary>
internal static class PageGeometry
{
    public static List<Letter> Glyphs(Page page) => [.. page.Letters.Where(letter => !string.IsNullOrWhiteSpace(letter.Value))];

    /// <summary>
    /// Pairs of letters whose outlines overlap, other than neighbours drawn one after the other (which
    /// kerning may tuck together): text that overflowed its place runs into text drawn elsewhere.
    /// </summary>
    public static List<string> Collisions(List<Letter> letters)
    {
        var collisions = new List<string>();
        for (var i = 0; i < letters.Count; i++)
        {
            for (var j = i + 2; j < letters.Count; j++)
            {
                var (a, b) = (letters[i].BoundingBox, letters[j].BoundingBox);
                if (Overlap(a, b) > 0.1 * Math.Min(a.Area, b.Area))
                {
                    collisions.Add($"'{letters[i].Value}' at {a} and '{letters[j].Value}' at {b}");
                }
            }
        }

        return collisions;
    }

    /// <summary>Every stroked line as a box: an outline's own bounding box would cover all it surrounds.</summary>
    public static IEnumerable<PdfRectangle> Strokes(Page page) =>
        from path in page.Paths
        where path.IsStroked
        from subpath in path
        from line in subpath.GetDrawnRectangle() is { } box
            ? [new(box.BottomLeft, box.BottomRight), new(box.BottomRight, box.TopRight), new(box.TopRight, box.TopLeft), new(box.TopLeft, box.BottomLeft)]
            : subpath.Commands.OfType<PdfSubpath.Line>()
        select new PdfRectangle(
            Math.Min(line.From.X, line.To.X) - (path.LineWidth / 2), Math.Min(line.From.Y, line.To.Y) - (path.LineWidth / 2),
            Math.Max(line.From.X, line.To.X) + (path.LineWidth / 2), Math.Max(line.From.Y, line.To.Y) + (path.LineWidth / 2));

    public static bool Inside(PdfRectangle inner, PdfRectangle outer) =>
        inner.Left >= outer.Left && inner.Right <= outer.Right && inner.Bottom >= outer.Bottom && inner.Top <= outer.Top;

    public static double Overlap(PdfRectangle a, PdfRectangle b) =>
        Math.Max(0, Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left)) * Math.Max(0, Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom));
}
