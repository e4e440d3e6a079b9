using PdfSharp.Drawing;
using Training.BuildingBlocks.Documents;
using Training.Modules.Certificates.Certificates;
using static Training.Modules.Certificates.Documents.CertificateStyle;

namespace Training.Modules.Certificates.Documents;

/// <summary>The facts a verifier checks: number, dates and hours; the issuer; the code, the QR and the address.</summary>
internal static class CertificateFooter
{
    private const double DetailsWidth = 290;
    private const double IssuerWidth = 180;
    private const double VerificationWidth = 228;
    private const double LabelWidth = 112;
    private const double DetailPitch = 21;
    private const double QrSize = 80;
    private const double QrGap = 8;

    public static void Draw(XGraphics g, Certificate certificate, Uri verifyUrl, XRect area)
    {
        g.DrawLine(new XPen(Gold, 0.6), area.Left, area.Top, area.Right, area.Top);
        var top = area.Top + 10;
        DrawDetails(g, certificate, new XRect(area.Left, top, DetailsWidth, area.Bottom - top));
        var issuerLeft = area.Left + DetailsWidth + ((area.Width - DetailsWidth - IssuerWidth - VerificationWidth) / 2);
        DrawIssuer(g, certificate, new XRect(issuerLeft, top, IssuerWidth, area.Bottom - top));
        DrawVerification(g, certificate, verifyUrl, new XRect(area.Right - VerificationWidth, top, VerificationWidth, area.Bottom - top));
    }

    private static void DrawDetails(XGraphics g, Certificate certificate, XRect box)
    {
        var details = new List<(string Id, string En, string Value, string? ValueEn)>
        {
            ("Nomor sertifikat", "Certificate number", certificate.Number, null),
            ("Tanggal terbit", "Date of issue", CertificateWording.IndonesianDate(certificate.IssuedOn), CertificateWording.EnglishDate(certificate.IssuedOn)),
        };
        if (certificate.ValidUntil is { } until)
        {
            details.Add(("Berlaku sampai", "Valid until", CertificateWording.IndonesianDate(until), CertificateWording.EnglishDate(until)));
        }

        details.Add(("Jam pelatihan", "Training hours", CertificateWording.IndonesianHours(certificate.Hours), CertificateWording.EnglishHours(certificate.Hours)));

        var y = box.Top;
        foreach (var (id, en, value, valueEn) in details)
        {
            DrawLabel(g, id, en, new XRect(box.Left, y + 1, LabelWidth, DetailPitch), XStringFormats.TopLeft, 7.5, bold: true);
            var valueBox = new XRect(box.Left + LabelWidth, y, box.Width - LabelWidth, DetailPitch);
            var valueText = TextFit.Fit(g, value, 9, 6.5, valueBox.Width, 1, bold: true);
            var below = valueText.Draw(g, Brush(Ink), valueBox.Left, valueBox.Width, valueBox.Top, XStringFormats.TopLeft);
            if (valueEn is not null)
            {
                TextFit.Fit(g, valueEn, 7, 5.5, valueBox.Width, 1).Draw(g, Brush(Muted), valueBox.Left, valueBox.Width, below, XStringFormats.TopLeft);
            }

            y += DetailPitch;
        }
    }

    private static void DrawIssuer(XGraphics g, Certificate certificate, XRect box)
    {
        var centred = XStringFormats.TopCenter;
        var y = box.Top + 4 + DrawLabel(g, "Diterbitkan oleh", "Issued by", new XRect(box.Left, box.Top, box.Width, 20), centred, 8.5);
        var issuer = TextFit.Fit(g, certificate.IssuerName, 11, 7.5, box.Width, 3, bold: true);
        y = issuer.Draw(g, Brush(Accent), box.Left, box.Width, y, centred) + 5;
        g.DrawLine(new XPen(Gold, 0.6), box.Left + 30, y, box.Right - 30, y);
        var note = TextFit.Fit(g, "Sertifikat ini dapat diperiksa keasliannya oleh siapa pun.", 7, 5.5, box.Width, 2);
        y = note.Draw(g, Brush(Ink), box.Left, box.Width, y + 4, centred);
        TextFit.Fit(g, "Anyone can check that this certificate is genuine.", 6, 5, box.Width, 2).Draw(g, Brush(Muted), box.Left, box.Width, y, centred);
    }

    private static void DrawVerification(XGraphics g, Certificate certificate, Uri verifyUrl, XRect box)
    {
        var url = verifyUrl.ToString();
        var qrLeft = box.Right - QrSize;
        QrCodes.Draw(g, url, qrLeft, box.Top, QrSize);

        var text = new XRect(box.Left, box.Top + 4, box.Width - QrSize - QrGap, QrSize);
        var y = text.Top + DrawLabel(g, "Kode verifikasi", "Verification code", new XRect(text.Left, text.Top, text.Width, 20), XStringFormats.TopRight, 8.5);
        var code = TextFit.Fit(g, certificate.VerificationCode, 12, 8, text.Width, 1, bold: true);
        y = code.Draw(g, Brush(Accent), text.Left, text.Width, y + 1, XStringFormats.TopRight) + 4;
        var hint = TextFit.Fit(g, "Pindai kode QR atau buka alamat di bawah.", 7, 5.5, text.Width, 1);
        y = hint.Draw(g, Brush(Ink), text.Left, text.Width, y, XStringFormats.TopRight);
        TextFit.Fit(g, "Scan the QR code or open the address below.", 6, 5, text.Width, 1).Draw(g, Brush(Muted), text.Left, text.Width, y, XStringFormats.TopRight);

        // The address shrinks, then breaks across lines, before anything of it would be cut.
        var address = TextFit.Fit(g, url, 7, 5, box.Width, 3);
        address.Draw(g, Brush(Accent), box.Left, box.Width, box.Top + QrSize + 3, XStringFormats.TopRight);
    }
}
