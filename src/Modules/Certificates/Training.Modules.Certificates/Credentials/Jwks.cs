using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Training.Modules.Certificates.Credentials;

/// <summary>
/// The public keys that verify credentials, where OB 3.0 verifiers look for them: the issuer host's
/// <c>/.well-known/jwks.json</c>. Each key names the issuer (<c>iss</c>), as OB's key-provenance practice proposes.
/// </summary>
internal static class Jwks
{
    public const string Path = "/.well-known/jwks.json";
    public const string MediaType = "application/jwk-set+json";

    public static void Map(IEndpointRouteBuilder root) =>
        root.MapGet(Path, (SigningKey keys, IOptions<CertificateOptions> options, HttpResponse response) =>
            {
                response.Headers.CacheControl = "public, max-age=3600";
                response.Headers.AccessControlAllowOrigin = "*";   // verifier pages on other sites fetch it too
                return TypedResults.Text(Json(keys, options.Value.IssuerUri), MediaType);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();

    public static string Json(SigningKey keys, Uri issuer) =>
        JsonSerializer.Serialize(
            new KeySet([.. keys.Published.Select(k => new Key("EC", "P-256", k.X, k.Y, k.KeyId, "sig", "ES256", issuer.AbsoluteUri))]),
            JsonSerializerOptions.Web);

    private sealed record KeySet(IReadOnlyList<Key> Keys);

    private sealed record Key(string Kty, string Crv, string X, string Y, string Kid, string Use, string Alg, string Iss);
}
