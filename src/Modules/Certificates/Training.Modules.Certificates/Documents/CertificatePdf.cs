using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Training.BuildingBlocks.Documents;
using Training.Modules.Certificates.Certificates;
using static Training.Modules.Certificates.Documents.CertificateStyle;

namespace Training.Modules.Certificates.Documents;

/// <summary>
/// The printable certificate: one A4 landscape page in Indonesian with English beneath, naming the
/// training programme and never the facility, with a QR code and a code anyone can verify.
/// </summary>
internal static class CertificatePdf
{
    private const double OuterFrameInset = 18;
    private const double InnerFrameInset = 24;
    private const double ContentInset = 62;
    private const double ContentTop = 44;
    private const double ContentBottomInset = 40;
    private const double FooterHeight = 104;
    private const double BodyToFooter = 12;

    public static byte[] Render(Certificate certificate, Uri verifyUrl)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(verifyUrl);
        EmbeddedFonts.EnsureInstalled();

        using var document = new PdfDocument();
        document.Info.Title = $"Sertifikat Kompetensi {certificate.Number}";
        document.Info.Subject = $"{certificate.CourseTitle} (Certificate of Competence)";
        document.Info.Author = certificate.IssuerName;
        document.Info.Creator = "Bekal";

        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        using (var g = XGraphics.FromPdfPage(page))
        {
            var sheet = new XRect(0, 0, page.Width.Point, page.Height.Point);
            DrawFrame(g, sheet);

            var content = new XRect(ContentInset, ContentTop, sheet.Width - (2 * ContentInset), sheet.Height - ContentTop - ContentBottomInset);
            var footer = new XRect(content.Left, content.Bottom - FooterHeight, content.Width, FooterHeight);
            var belowHeading = DrawHeading(g, certificate, content);
            CertificateBody.Draw(g, certificate, new XRect(content.Left, belowHeading, content.Width, footer.Top - BodyToFooter - belowHeading));
            CertificateFooter.Draw(g, certificate, verifyUrl, footer);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void DrawFrame(XGraphics g, XRect sheet)
    {
        var outer = Inset(sheet, OuterFrameInset);
        var inner = Inset(sheet, InnerFrameInset);
        g.DrawRectangle(new XPen(Accent, 2.4), outer);
        g.DrawRectangle(new XPen(Gold, 0.8), inner);
        foreach (var corner in new[] { inner.TopLeft, inner.TopRight, inner.BottomLeft, inner.BottomRight })
        {
            DrawDiamond(g, corner.X, corner.Y, 4.5);
        }
    }

    /// <summary>Issuer, title and an ornament; returns the y where the body may start.</summary>
    private static double DrawHeading(XGraphics g, Certificate certificate, XRect content)
    {
        var issuer = TextFit.Fit(g, certificate.IssuerName, 10.5, 7, content.Width, 1, bold: true);
        var y = issuer.Draw(g, Brush(Gold), content.Left, content.Width, content.Top, XStringFormats.TopCenter) + 6;

        var title = TextFit.Fit(g, "SERTIFIKAT KOMPETENSI", 27, 27, content.Width, 1, bold: true);
        y = title.Draw(g, Brush(Accent), content.Left, content.Width, y, XStringFormats.TopCenter);
        var subtitle = TextFit.Fit(g, "Certificate of Competence", 11.5, 11.5, content.Width, 1);
        y = subtitle.Draw(g, Brush(Muted), content.Left, content.Width, y, XStringFormats.TopCenter) + 7;

        var centre = content.Left + (content.Width / 2);
        var rule = new XPen(Gold, 0.8);
        g.DrawLine(rule, centre - 90, y, centre - 9, y);
        g.DrawLine(rule, centre + 9, y, centre + 90, y);
        DrawDiamond(g, centre, y, 3.5);
        return y + 8;
    }

    private static void DrawDiamond(XGraphics g, double x, double y, double radius) =>
        g.DrawPolygon(Brush(Gold), [new XPoint(x, y - radius), new XPoint(x + radius, y), new XPoint(x, y + radius), new XPoint(x - radius, y)], XFillMode.Winding);

    private static XRect Inset(XRect rect, double by) => new(rect.Left + by, rect.Top + by, rect.Width - (2 * by), rect.Height - (2 * by));
}
