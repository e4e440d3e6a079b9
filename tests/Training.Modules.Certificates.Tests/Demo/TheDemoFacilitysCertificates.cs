using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Marten;
using Training.BuildingBlocks.Text;
using Training.Modules.Certificates.Certificates;
using Training.Testing;
using UglyToad.PdfPig;
using Xunit;

namespace Training.Modules.Certificates.Tests.Demo;

/// <summary>The host with its demo data: LPP Palangka Raya, where Dewi Lestari passed the knitting course.</summary>
public sealed class DemoApp : BekalApp
{
    public DemoApp() => With("Demo:Seed", "true");
}

public sealed class TheDemoFacilitysCertificates(DemoApp app) : IClassFixture<DemoApp>
{
    private static readonly string[] Giveaways = ["LPP Palangka Raya", "LPP-PKY", .. CustodyWords.All];

    [Fact]
    public async Task Neither_the_verify_page_the_credential_nor_the_pdf_names_the_facility_or_hints_at_prison()
    {
        var certificate = await DewisCertificateAsync();
        var dewi = app.Client();
        (await dewi.PostAsJsonAsync("/api/auth/learner-sign-in", new { facilityCode = "LPP-PKY", learnerNumber = "WB-2026-002", pin = "135790" })).EnsureSuccessStatusCode();

        var api = await app.Client().GetStringAsync($"/api/certificates/verify/{certificate.VerificationCode}");
        var page = await app.Client().GetStringAsync($"/verify/{certificate.VerificationCode}");
        var jwt = await dewi.GetStringAsync($"/api/certificates/{certificate.Id}/credential");
        var credential = Encoding.UTF8.GetString(Convert.FromBase64String(Padded(jwt.Split('.')[1])));
        using var pdf = PdfDocument.Open(await dewi.GetByteArrayAsync($"/api/certificates/{certificate.Id}/pdf"));
        var printed = string.Join(' ', pdf.GetPages().Select(p => p.Text));

        foreach (var (what, text) in new[] { ("verify API", api), ("verify page", page), ("credential", credential), ("PDF", printed) })
        {
            text.Should().Contain(what == "credential" ? certificate.CourseTitle : "Dewi Lestari", $"the {what} is about Dewi's certificate");
            foreach (var word in Giveaways)
            {
                WholeWords(text).Should().NotContain(WholeWords(word), $"the {what} must not say \"{word}\"");
            }
        }

        JsonDocument.Parse(api).RootElement.GetProperty("issuerName").GetString().Should().BeOneOf(
            Training.Modules.Certificates.Demo.CertificatesDemoSeeding.ProgrammeName, "Program Pelatihan Keterampilan Bekal");
    }

    private async Task<Certificate> DewisCertificateAsync()
    {
        var found = await Eventually.Until(async () =>
        {
            await using var session = app.Store.QuerySession();
            return await session.Query<Certificate>().FirstOrDefaultAsync(c => c.HolderName == "Dewi Lestari");
        }, c => c is not null, TimeSpan.FromMinutes(2));
        found.Should().NotBeNull("the demo records Dewi's pass, and the relay issues her certificate");
        return found!;
    }

    // Case-insensitive whole words, so that "LPP" is caught and "supplier" is not.
    private static string WholeWords(string text) =>
        " " + string.Join(' ', text.ToLowerInvariant().Split(text.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries)) + " ";

    private static string Padded(string base64Url) =>
        base64Url.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (base64Url.Length % 4)) % 4);
}
