using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Training.Modules.Certificates.Certificates;

namespace Training.Modules.Certificates.Credentials;

/// <summary>
/// Signs a certificate's Open Badges 3.0 credential as a compact JWS (VC-JWT) that anyone can check
/// with the keys at <c>/.well-known/jwks.json</c>, no account needed.
/// </summary>
internal sealed class OpenBadgeCredential(SigningKey key, IOptions<CertificateOptions> options)
{
    // The payload is the credential itself (OB 3.0 §8.2 as revised for VC 2.0, and VC-JOSE-COSE, which forbids a
    // "vc" wrapper) plus OB's iss/jti/nbf/exp; no sub, as the subject has no id. typ is "JWT": OB 3.0 says it MUST
    // be "JWT" when present, which outranks VC-JOSE-COSE's SHOULD of "vc+jwt".
    private const string Type = "JWT";

    /// <summary>The signed credential: <c>header.payload.signature</c>, each part base64url.</summary>
    public string Sign(Certificate certificate)
    {
        var header = new JsonObject { ["alg"] = "ES256", ["typ"] = Type, ["kid"] = key.KeyId };
        var signingInput = Encode(header) + "." + Encode(CredentialDocument.For(certificate, options.Value));
        return signingInput + "." + Base64Url.EncodeToString(key.Sign(Encoding.ASCII.GetBytes(signingInput)));
    }

    private static string Encode(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
