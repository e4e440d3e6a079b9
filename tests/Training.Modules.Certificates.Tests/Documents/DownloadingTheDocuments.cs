using System.Net;
using FluentAssertions;
using Training.Testing;
using UglyToad.PdfPig;
using Xunit;

namespace Training.Modules.Certificates.Tests.Documents;

/// <summary>A host whose public address is set, as a real deployment's would be.</summary>
public sealed class PublicHostApp : BekalApp
{
    public const string PublicBaseUrl = "https://sertifikat.bekal.example.id";

    public PublicHostApp() => With("Certificates:PublicBaseUrl", PublicBaseUrl);
}

public sealed class DownloadingTheDocuments(PublicHostApp app) : IClassFixture<PublicHostApp>
{
    [Fact]
    public async Task The_holder_downloads_a_pdf_whose_qr_code_leads_to_the_public_verify_page()
    {
        var site = await CertificateSite.CreateAsync(app);
        var (learnerId, learner) = await site.LearnerAsync();
        await site.PassAsync(site.Passed(learnerId));
        var certificate = (await CertificateSite.CertificatesOfAsync(learner)).Single();
        var code = certificate.GetProperty("verificationCode").GetString()!;

        var response = await learner.GetAsync($"/api/certificates/{certificate.GetProperty("id").GetGuid()}/pdf");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        response.Content.Headers.ContentDisposition!.FileName.Should().Contain(certificate.GetProperty("number").GetString());
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var page = pdf.GetPage(1);
        page.Text.Should().Contain(certificate.GetProperty("number").GetString()).And.Contain(code);
        PrintedQrCode.Decode(page).Should().Be($"{PublicHostApp.PublicBaseUrl}/verify/{code}");
    }

    [Fact]
    public async Task The_credential_comes_as_a_vc_jwt_and_an_officer_of_another_facility_is_told_it_does_not_exist()
    {
        var site = await CertificateSite.CreateAsync(app);
        var other = await CertificateSite.CreateAsync(app);
        var (learnerId, learner) = await site.LearnerAsync();
        await site.PassAsync(site.Passed(learnerId));
        var id = (await CertificateSite.CertificatesOfAsync(learner)).Single().GetProperty("id").GetGuid();

        var own = await site.Officer.GetAsync($"/api/certificates/{id}/credential");
        var foreign = await other.Officer.GetAsync($"/api/certificates/{id}/credential");

        own.StatusCode.Should().Be(HttpStatusCode.OK);
        own.Content.Headers.ContentType!.MediaType.Should().Be("application/vc+jwt");
        (await own.Content.ReadAsStringAsync()).Split('.').Should().HaveCount(3);
        foreign.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.Officer.GetAsync($"/api/certificates/{id}/pdf")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
