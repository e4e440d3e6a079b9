using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Training.Modules.Certificates.Certificates;

namespace Training.Modules.Certificates.Credentials;

/// <summary>
/// A certificate as an Open Badges 3.0 <c>OpenBadgeCredential</c> (VC Data Model 2.0). It names the training
/// programme and the achievement only: never the facility, the holder's name or learner number, or a
/// <c>source</c>; the holder is a salted hash of their learner id.
/// </summary>
internal static class CredentialDocument
{
    private static readonly NumberFormatInfo Indonesian = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    public static JsonObject For(Certificate certificate, CertificateOptions options)
    {
        var id = $"urn:uuid:{certificate.Id}";
        var issuer = options.IssuerUri.AbsoluteUri;
        var validFrom = certificate.IssuedAt.UtcDateTime;
        var validUntil = certificate.ValidUntil?.ToDateTime(new TimeOnly(23, 59, 59), DateTimeKind.Utc);

        var credential = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
            ["id"] = id,
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["issuer"] = new JsonObject { ["id"] = issuer, ["type"] = new JsonArray("Profile"), ["name"] = certificate.IssuerName },
            ["name"] = certificate.CourseTitle,
            ["validFrom"] = Timestamp(validFrom),
        };
        if (validUntil is { } until)
        {
            credential["validUntil"] = Timestamp(until);
        }

        credential["credentialSubject"] = Subject(certificate, options);
        credential["credentialStatus"] = new JsonObject { ["id"] = options.StatusUrl(certificate.Id).AbsoluteUri, ["type"] = "1EdTechRevocationList" };

        // The JWT claims OB 3.0 §8.2 asks for, mirroring the credential's own fields.
        credential["iss"] = issuer;
        credential["jti"] = id;
        credential["nbf"] = new DateTimeOffset(validFrom).ToUnixTimeSeconds();
        if (validUntil is { } expires)
        {
            credential["exp"] = new DateTimeOffset(expires).ToUnixTimeSeconds();
        }

        return credential;
    }

    /// <summary>OB 3.0's IdentityHash: <c>sha256$</c> and the lower-case hex SHA-256 of the identity followed by the salt.</summary>
    public static string IdentityHash(Guid learnerId, string salt) =>
        "sha256$" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(learnerId.ToString() + salt)));

    private static JsonObject Subject(Certificate certificate, CertificateOptions options) => new()
    {
        ["type"] = new JsonArray("AchievementSubject"),
        ["identifier"] = new JsonArray(new JsonObject
        {
            ["type"] = "IdentityObject",
            ["identityHash"] = IdentityHash(certificate.LearnerId, certificate.SubjectSalt),
            ["identityType"] = "identifier",
            ["hashed"] = true,
            ["salt"] = certificate.SubjectSalt,
        }),
        ["achievement"] = new JsonObject
        {
            ["id"] = options.AchievementUrl(certificate.CourseId, certificate.CourseVersion).AbsoluteUri,
            ["type"] = new JsonArray("Achievement"),
            ["achievementType"] = "Certificate",
            ["name"] = certificate.CourseTitle,
            ["description"] = $"Menyelesaikan pelatihan {certificate.Hours.ToString("0.##", Indonesian)} jam dan dinyatakan Kompeten pada {certificate.Units.Count} unit kompetensi.",
            ["criteria"] = new JsonObject { ["narrative"] = Narrative(certificate.Units) },
            ["humanCode"] = certificate.HumanCode,
        },
    };

    private static string Narrative(IReadOnlyList<CertificateUnit> units) =>
        "Dinyatakan Kompeten pada setiap unit kompetensi: "
        + string.Join("; ", units.Select(u => string.IsNullOrEmpty(u.Code) ? u.Title : $"{u.Code} {u.Title}"))
        + ".";

    private static string Timestamp(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
