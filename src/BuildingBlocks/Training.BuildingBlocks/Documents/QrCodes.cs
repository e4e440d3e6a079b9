using PdfSharp.Drawing;
using QRCoder;

namespace Training.BuildingBlocks.Documents;

/// <summary>
/// Draws a QR code as vector squares from QRCoder's module matrix (PDFsharp refused QRCoder's PNG;
/// vectors also print sharp at any size): certificates and hang-tags carry one to their public page.
/// </summary>
public static class QrCodes
{
    /// <summary>Draws <paramref name="payload"/> into a square whose side is <paramref name="size"/>, quiet zone included.</summary>
    public static void Draw(XGraphics g, string payload, double left, double top, double size)
    {
        using var data = QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        // The matrix already carries QRCoder's four-module quiet zone on every side.
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;

        // White underneath, so the quiet zone holds even if a tint or border is ever drawn nearby.
        g.DrawRectangle(XBrushes.White, left, top, size, size);
        for (var row = 0; row < matrix.Count; row++)
        {
            var bits = matrix[row];
            var column = 0;
            while (column < bits.Length)
            {
                if (!bits[column])
                {
                    column++;
                    continue;
                }

                // One rectangle per run of dark modules: fewer operators, and no hairline seams between neighbours.
                var start = column;
                while (column < bits.Length && bits[column])
                {
                    column++;
                }

                g.DrawRectangle(XBrushes.Black, left + (start * module), top + (row * module), (column - start) * module, module);
            }
        }
    }
}
