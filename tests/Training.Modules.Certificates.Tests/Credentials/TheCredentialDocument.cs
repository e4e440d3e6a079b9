using System.Buffers.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Credentials;
using Xunit;

namespace Training.Modules.Certificates.Tests.Credentials;

public sealed class TheCredentialDocument : IDisposable
{
    private readonly Keys _keys = new();

    [Fact]
    public void It_is_an_Open_Badges_3_credential_for_the_achievement()
    {
        var certificate = ACertificate.Knitting();
        var (header, payload) = Sign(certificate);

        header.GetProperty("alg").GetString().Should().Be("ES256");
        header.GetProperty("typ").GetString().Should().Be("JWT");
        Strings(payload, "@context").Should().Equal("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        payload.GetProperty("id").GetString().Should().Be($"urn:uuid:{certificate.Id}");
        Strings(payload, "type").Should().Equal("VerifiableCredential", "OpenBadgeCredential");
        var issuer = payload.GetProperty("issuer");
        issuer.GetProperty("id").GetString().Should().Be("https://bekal.example.id/issuer");
        Strings(issuer, "type").Should().Equal("Profile");
        issuer.GetProperty("name").GetString().Should().Be(certificate.IssuerName);
        payload.GetProperty("name").GetString().Should().Be(ACertificate.Title);
        payload.GetProperty("validFrom").GetString().Should().Be($"{certificate.IssuedOn:yyyy-MM-dd}T03:15:00Z", "valid from the moment of issue");
        payload.GetProperty("validUntil").GetString().Should().Be($"{certificate.ValidUntil:yyyy-MM-dd}T23:59:59Z");
        payload.GetProperty("credentialStatus").GetProperty("id").GetString().Should().Be($"https://bekal.example.id/api/certificates/{certificate.Id}/status");
        payload.GetProperty("credentialStatus").GetProperty("type").GetString().Should().Be("1EdTechRevocationList");

        var achievement = payload.GetProperty("credentialSubject").GetProperty("achievement");
        achievement.GetProperty("id").GetString().Should().Be($"https://bekal.example.id/courses/{certificate.CourseId}#v2");
        Strings(achievement, "type").Should().Equal("Achievement");
        achievement.GetProperty("achievementType").GetString().Should().Be("Certificate");
        achievement.GetProperty("name").GetString().Should().Be(ACertificate.Title);
        achievement.GetProperty("description").GetString().Should().Be("Menyelesaikan pelatihan 40,5 jam dan dinyatakan Kompeten pada 2 unit kompetensi.");
        achievement.GetProperty("criteria").GetProperty("narrative").GetString().Should()
            .Be("Dinyatakan Kompeten pada setiap unit kompetensi: C.131000.001.01 Menyiapkan benang dan alat rajut; Merajut pola dasar.");
        achievement.GetProperty("humanCode").GetString().Should().Be("C.131000.001.01");
    }

    [Fact]
    public void Its_JWT_claims_mirror_the_credential()
    {
        var certificate = ACertificate.Knitting();
        var (_, payload) = Sign(certificate);

        payload.GetProperty("iss").GetString().Should().Be(payload.GetProperty("issuer").GetProperty("id").GetString());
        payload.GetProperty("jti").GetString().Should().Be(payload.GetProperty("id").GetString());
        DateTimeOffset.FromUnixTimeSeconds(payload.GetProperty("nbf").GetInt64()).Should().Be(DateTimeOffset.Parse(payload.GetProperty("validFrom").GetString()!));
        DateTimeOffset.FromUnixTimeSeconds(payload.GetProperty("exp").GetInt64()).Should().Be(DateTimeOffset.Parse(payload.GetProperty("validUntil").GetString()!));
        payload.TryGetProperty("vc", out _).Should().BeFalse("VC 2.0 over JOSE has the credential as the payload");
        payload.TryGetProperty("sub", out _).Should().BeFalse("the subject has no id, only a hashed identifier");
    }

    [Fact]
    public void A_certificate_without_a_validity_period_has_no_end()
    {
        var (_, payload) = Sign(ACertificate.Knitting(withValidity: false));

        payload.TryGetProperty("validUntil", out _).Should().BeFalse();
        payload.TryGetProperty("exp", out _).Should().BeFalse();
    }

    [Fact]
    public void The_holder_is_a_salted_hash_of_the_learner_id()
    {
        var certificate = ACertificate.Knitting();
        var (_, payload) = Sign(certificate);

        var subject = payload.GetProperty("credentialSubject");
        Strings(subject, "type").Should().Equal("AchievementSubject");
        subject.TryGetProperty("name", out _).Should().BeFalse();
        subject.TryGetProperty("id", out _).Should().BeFalse();
        var identifier = subject.GetProperty("identifier").EnumerateArray().Should().ContainSingle().Subject;
        identifier.GetProperty("type").GetString().Should().Be("IdentityObject");
        identifier.GetProperty("identityType").GetString().Should().Be("identifier");
        identifier.GetProperty("hashed").GetBoolean().Should().BeTrue();
        identifier.GetProperty("salt").GetString().Should().Be(certificate.SubjectSalt);
        var hash = identifier.GetProperty("identityHash").GetString()!;
        hash.Should().MatchRegex("^sha256\\$[0-9a-f]{64}$").And.Be(CredentialDocument.IdentityHash(certificate.LearnerId, certificate.SubjectSalt));
        hash.Should().NotContain(certificate.LearnerId.ToString()).And.NotContain(certificate.LearnerId.ToString("N"));
    }

    [Fact]
    public void It_names_no_facility_no_person_and_no_prison()
    {
        var certificate = ACertificate.Knitting();
        using var key = _keys.Open();
        var text = Keys.PayloadText(_keys.Credentials(key).Sign(certificate));

        foreach (var personal in new[] { certificate.HolderName, certificate.LearnerId.ToString(), certificate.LearnerId.ToString("N"), certificate.FacilityId.ToString(), certificate.FacilityId.ToString("N"), certificate.Number })
        {
            text.Should().NotContainEquivalentOf(personal);
        }

        foreach (var word in new[] { "Lapas", "LPP", "Rutan", "penjara", "pemasyarakatan", "prison", "correctional", "facility", "source", "email", "mailto:" })
        {
            text.Should().NotContainEquivalentOf(word);
        }

        Regex.IsMatch(text, @"[\w.+-]+@[\w-]+\.[\w.]+").Should().BeFalse("there is no e-mail address");
    }

    public void Dispose() => _keys.Dispose();

    private (JsonElement Header, JsonElement Payload) Sign(Certificate certificate)
    {
        using var key = _keys.Open();
        var token = _keys.Credentials(key).Sign(certificate);
        var header = JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[0])).RootElement;
        return (header, Keys.Payload(token));
    }

    private static string?[] Strings(JsonElement element, string name) => [.. element.GetProperty(name).EnumerateArray().Select(e => e.GetString())];
}
