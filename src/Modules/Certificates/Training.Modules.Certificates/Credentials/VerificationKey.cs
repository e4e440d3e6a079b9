using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Training.Modules.Certificates.Credentials;

/// <summary>A public P-256 key as verifiers see it: its JWK coordinates and, as <c>kid</c>, its RFC 7638 thumbprint.</summary>
internal sealed record VerificationKey(string KeyId, string X, string Y)
{
    public static VerificationKey Of(ECDsa key)
    {
        var point = key.ExportParameters(includePrivateParameters: false).Q;
        var x = Base64Url.EncodeToString(point.X);
        var y = Base64Url.EncodeToString(point.Y);

        // RFC 7638: only the required members, in lexicographic order, without whitespace.
        var canonical = $$"""{"crv":"P-256","kty":"EC","x":"{{x}}","y":"{{y}}"}""";
        return new(Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))), x, y);
    }
}
