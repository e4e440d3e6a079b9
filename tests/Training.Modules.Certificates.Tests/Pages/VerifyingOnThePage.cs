using System.Net;
using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.Modules.Certificates.Tests.Pages;

public sealed class VerifyingOnThePage(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task The_verify_page_shows_the_holder_the_achievement_and_that_it_is_valid_and_never_the_facility()
    {
        var site = await CertificateSite.CreateAsync(app);
        var (learnerId, learner) = await site.LearnerAsync();
        await site.PassAsync(site.Passed(learnerId));
        var certificate = (await CertificateSite.CertificatesOfAsync(learner)).Single();
        var code = certificate.GetProperty("verificationCode").GetString()!;

        var response = await app.Client().GetAsync($"/verify/{code.ToLowerInvariant()}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("X-Robots-Tag").Should().Contain("noindex");
        var page = await response.TextAsync();
        page.Should().Contain(certificate.GetProperty("holderName").GetString()).And.Contain("Berlaku")
            .And.Contain(CertificateSite.CourseTitle).And.Contain(certificate.GetProperty("number").GetString())
            .And.Contain(CertificateSite.Units[0].Code).And.Contain("Kompeten").And.Contain("Program Pelatihan Keterampilan Bekal");
        page.Should().NotContainEquivalentOf("Lapas").And.NotContain(site.Code);
        var english = await (await app.Client().GetAsync($"/verify/{code}?culture=en")).TextAsync();
        english.Should().Contain(">Valid</h1>").And.Contain("Issued by").And.Contain("Competent");
    }

    [Theory]
    [InlineData("UNKNOWNCODE1", "UNKNOWNCODE1")]
    [InlineData("ZZZZZZZZZZZZ", "ZZZZZZZZZZZZ")]
    [InlineData("not-a-code", "not-a-code")]
    [InlineData("%3Cscript%3E", "&lt;script&gt;")]
    public async Task An_unknown_or_mistyped_code_says_no_certificate_has_it_and_offers_the_form_again(string code, string shown)
    {
        var response = await app.Client().GetAsync($"/verify/{code}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var raw = await response.Content.ReadAsStringAsync();
        raw.Should().Contain($"Tidak ada sertifikat dengan kode {shown}.").And.Contain("<form method=\"get\" action=\"/verify\"")
            .And.Contain("name=\"code\"").And.NotContain("Halaman tidak ditemukan").And.NotContain("<script>");
        (await (await app.Client().GetAsync($"/verify/{code}?culture=en")).TextAsync()).Should().Contain("No certificate has the code");
    }

    [Fact]
    public async Task The_form_takes_a_code_as_people_type_it_to_its_page_and_says_why_it_refuses_one()
    {
        var site = await CertificateSite.CreateAsync(app);
        var (learnerId, learner) = await site.LearnerAsync();
        await site.PassAsync(site.Passed(learnerId));
        var code = (await CertificateSite.CertificatesOfAsync(learner)).Single().GetProperty("verificationCode").GetString()!;
        var client = app.Client();

        var found = await client.GetAsync($"/verify?code={Uri.EscapeDataString(" " + code[..6].ToLowerInvariant() + " " + code[6..] + " ")}");
        var malformed = await client.GetAsync("/verify?code=12345");
        var unknown = await client.GetAsync("/verify?code=ZZZZ-ZZZZ-ZZZZ");

        found.StatusCode.Should().Be(HttpStatusCode.Redirect);
        found.Headers.Location!.OriginalString.Should().Be($"/verify/{code[..4]}-{code[4..8]}-{code[8..]}");
        malformed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await malformed.TextAsync()).Should().Contain("Kode verifikasi terdiri dari 12 huruf dan angka");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await unknown.TextAsync()).Should().Contain("Tidak ada sertifikat dengan kode ini");
    }
}
