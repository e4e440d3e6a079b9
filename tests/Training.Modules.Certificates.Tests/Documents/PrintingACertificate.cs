using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using Xunit;
using static Training.Modules.Certificates.Tests.Documents.PageGeometry;

namespace Training.Modules.Certificates.Tests.Documents;

public sealed partial class PrintingACertificate
{
    // Words that would tell a reader where the holder trained. No facility name is ever passed to the
    // renderer, so these words are what would betray one (or a template that names the place).
    private static readonly string[] StigmaWords =
        ["Lapas", "LPP", "Rutan", "penjara", "pemasyarakatan", "prison", "correctional", "narapidana", "warga binaan", "inmate", "jail", "penitentiary"];

    [Fact]
    public void A_certificate_is_one_landscape_A4_page()
    {
        using var pdf = Open(ACertificate.Issued());

        pdf.NumberOfPages.Should().Be(1);
        var page = pdf.GetPage(1);
        page.Width.Should().BeApproximately(841.89, 1);
        page.Height.Should().BeApproximately(595.28, 1);
    }

    [Fact]
    public void It_names_the_holder_the_course_its_units_and_how_to_verify_it()
    {
        var text = TextOf(ACertificate.Issued());

        text.Should().Contain("SERTIFIKAT KOMPETENSI").And.Contain("Certificate of Competence")
            .And.Contain(ACertificate.Holder).And.Contain(ACertificate.Course).And.Contain("versi 2")
            .And.Contain(ACertificate.Number).And.Contain(ACertificate.Code).And.Contain(ACertificate.Issuer)
            .And.Contain(ACertificate.VerifyUrl.ToString());
        foreach (var unit in ACertificate.Units)
        {
            text.Should().Contain(unit.Code).And.Contain(unit.Title);
        }

        Regex.Count(text, "Kompeten(?!si)").Should().Be(ACertificate.Units.Length + 1, "the outcome of every unit, and the sentence above the course");
    }

    [Fact]
    public void Dates_and_hours_are_written_in_Indonesian_with_English_beneath()
    {
        var text = TextOf(ACertificate.ValidForThreeYears());

        text.Should().Contain("Tanggal terbit").And.Contain("1 Desember 2026").And.Contain("1 December 2026")
            .And.Contain("Berlaku sampai").And.Contain("30 November 2029")
            .And.Contain("Jam pelatihan").And.Contain("40 jam").And.Contain("40 hours");
    }

    [Fact]
    public void Without_an_end_of_validity_there_is_no_valid_until_line() =>
        TextOf(ACertificate.Issued()).Should().NotContain("Berlaku sampai").And.NotContain("Valid until");

    [Fact]
    public void A_holder_whose_name_was_erased_is_shown_as_withheld() =>
        TextOf(ACertificate.Issued(holder: " ")).Should().Contain("Nama pemegang dirahasiakan").And.Contain("Holder name withheld");

    [Fact]
    public void The_QR_code_opens_the_verification_address()
    {
        using var pdf = Open(ACertificate.Issued());

        PrintedQrCode.Decode(pdf.GetPage(1)).Should().Be(ACertificate.VerifyUrl.ToString());
    }

    [Fact]
    public void Nothing_else_is_drawn_in_the_QR_codes_quiet_zone()
    {
        using var pdf = Open(ACertificate.Issued());
        var page = pdf.GetPage(1);
        var zone = PrintedQrCode.WithQuietZone(page);

        Glyphs(page).Should().NotContain(letter => Overlap(letter.BoundingBox, zone) > 0);
        Strokes(page).Should().NotContain(stroke => Overlap(stroke, zone) > 0);
        PrintedQrCode.FilledRectangles(page).Where(r => r.Grey is > 0 and < byte.MaxValue)
            .Should().NotContain(r => Overlap(r.Rectangle, zone) > 0);
    }

    [Fact]
    public void Nothing_on_the_certificate_names_a_facility_or_a_prison()
    {
        using var pdf = Open(ACertificate.ValidForThreeYears());

        StigmaWordsIn(Printed(pdf)).Should().BeEmpty();
    }

    [Fact]
    public void The_stigma_check_would_catch_a_facility_that_slipped_into_the_issuer()
    {
        using var pdf = Open(ACertificate.Issued(issuer: "LPP Perempuan Palangka Raya"));

        StigmaWordsIn(Printed(pdf)).Should().Equal("LPP");
    }

    [Fact]
    public void Twelve_units_and_a_very_long_title_still_fit_on_one_page()
    {
        var certificate = ACertificate.WithTwelveLongUnits();
        using var pdf = Open(certificate);

        pdf.NumberOfPages.Should().Be(1);
        var page = pdf.GetPage(1);
        var text = Squeezed(page.Text);
        text.Should().Contain(Squeezed(certificate.CourseTitle)).And.Contain(Squeezed(certificate.HolderName)).And.Contain(ACertificate.Code);
        foreach (var unit in certificate.Units)
        {
            text.Should().Contain(unit.Code);
        }

        PrintedQrCode.Decode(page).Should().Be(ACertificate.VerifyUrl.ToString());
    }

    [Theory]
    [InlineData("three units")]
    [InlineData("twelve long units")]
    public void Every_letter_stays_inside_the_frame_and_clear_of_the_others(string which)
    {
        using var pdf = Open(which == "three units" ? ACertificate.ValidForThreeYears() : ACertificate.WithTwelveLongUnits());
        var page = pdf.GetPage(1);
        var frame = new PdfRectangle(24, 24, page.Width - 24, page.Height - 24);

        Glyphs(page).Should().OnlyContain(letter => Inside(letter.BoundingBox, frame));
        Collisions(Glyphs(page)).Should().BeEmpty();
    }

    [Fact]
    public void The_fonts_travel_inside_the_file()
    {
        var bytes = CertificatePdf.Render(ACertificate.Issued(), ACertificate.VerifyUrl);
        using var pdf = PdfDocument.Open(bytes);

        Glyphs(pdf.GetPage(1)).Select(letter => letter.FontName).Distinct()
            .Should().NotBeEmpty().And.OnlyContain(name => name.Contains("DejaVu Sans", StringComparison.Ordinal));
        Encoding.Latin1.GetString(bytes).Should().Contain("/FontFile2");
    }

    [Fact]
    public async Task Certificates_print_from_many_threads_at_once()
    {
        var printed = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => TextOf(ACertificate.Issued()))));

        printed.Should().AllSatisfy(text => text.Should().Contain(ACertificate.Number));
    }

    private static PdfDocument Open(Certificate certificate) => PdfDocument.Open(CertificatePdf.Render(certificate, ACertificate.VerifyUrl));

    private static string TextOf(Certificate certificate)
    {
        using var pdf = Open(certificate);
        return pdf.GetPage(1).Text;
    }

    /// <summary>Everything a reader of the file can see: the page's text and the document's properties.</summary>
    private static string Printed(PdfDocument pdf)
    {
        var info = pdf.Information;
        return string.Join("\n", pdf.GetPages().Select(p => p.Text).Append(info.Title).Append(info.Subject).Append(info.Author)
            .Append(info.Keywords).Append(info.Creator).Append(info.Producer));
    }

    private static string[] StigmaWordsIn(string text)
    {
        var spaced = Whitespace().Replace(text, " ");
        return [.. StigmaWords.Where(word => spaced.Contains(word, StringComparison.OrdinalIgnoreCase))];
    }

    private static string Squeezed(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
