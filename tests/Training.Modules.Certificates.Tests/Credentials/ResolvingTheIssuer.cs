using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Training.Modules.Certificates.Tests.Pages;
using Training.Testing;
using Xunit;

namespace Training.Modules.Certificates.Tests.Credentials;

/// <summary>The issuer address inside every credential leads somewhere: a Profile for verifiers, a page for people.</summary>
public sealed class ResolvingTheIssuer(BekalApp app) : IClassFixture<BekalApp>
{
    [Fact]
    public async Task The_issuer_id_of_an_issued_credential_answers_json_with_an_open_badges_profile_of_the_same_id()
    {
        var site = await CertificateSite.CreateAsync(app);
        var (learnerId, learner) = await site.LearnerAsync();
        await site.PassAsync(site.Passed(learnerId));
        var certificateId = (await CertificateSite.CertificatesOfAsync(learner)).Single().GetProperty("id").GetGuid();
        var jwt = await learner.GetStringAsync($"/api/certificates/{certificateId}/credential");
        var payload = JsonDocument.Parse(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(jwt.Split('.')[1]))).RootElement;
        var issuerId = payload.GetProperty("issuer").GetProperty("id").GetString()!;
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(issuerId).AbsolutePath);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var response = await app.Client().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var profile = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        profile.GetProperty("id").GetString().Should().Be(issuerId);
        profile.GetProperty("type").EnumerateArray().Select(t => t.GetString()).Should().Equal("Profile");
        profile.GetProperty("name").GetString().Should().Be("Program Pelatihan Keterampilan Bekal");
        profile.GetProperty("url").GetString().Should().Be("http://localhost:5000/");
        profile.GetProperty("@context").EnumerateArray().Select(c => c.GetString()).Should().Contain("https://www.w3.org/ns/credentials/v2");
    }

    [Fact]
    public async Task A_person_following_the_issuer_link_reads_a_page_about_the_issuer()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/issuer");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        var response = await app.Client().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.TextAsync()).Should().Contain("Penerbit sertifikat").And.Contain("Program Pelatihan Keterampilan Bekal")
            .And.Contain("http://localhost:5000/issuer").And.Contain("href=\"/verify\"");
    }
}
