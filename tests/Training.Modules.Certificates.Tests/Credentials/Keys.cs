using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Training.Modules.Certificates.Credentials;

namespace Training.Modules.Certificates.Tests.Credentials;

/// <summary>Signing keys on a private temporary data folder, and the independent library that checks their work.</summary>
internal sealed class Keys : IDisposable
{
    public static readonly CertificateOptions Settings = new() { PublicBaseUrl = "https://bekal.example.id" };

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("bekal-keys-").FullName;

    public SigningKey Open(CertificateOptions? options = null) =>
        new(Options.Create(options ?? Settings), Configuration());

    public OpenBadgeCredential Credentials(SigningKey key, CertificateOptions? options = null) =>
        new(key, Options.Create(options ?? Settings));

    public void Dispose() => Directory.Delete(DataFolder, recursive: true);

    /// <summary>Verifies a token with nothing but a JWKS document, as an outside verifier would.</summary>
    public static Task<TokenValidationResult> VerifyAsync(string token, string jwks, string issuer) =>
        new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = new JsonWebKeySet(jwks).GetSigningKeys(),
            TryAllIssuerSigningKeys = false,        // the header's kid must find its key
            ValidIssuer = issuer,
            ValidateAudience = false,
            ValidateLifetime = true,
            RequireExpirationTime = false,          // a certificate without a validity period never expires
        });

    public static JsonElement Payload(string token) =>
        JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[1])).RootElement;

    public static string PayloadText(string token) => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.Split('.')[1]));

    private IConfiguration Configuration() =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Data:Folder"] = DataFolder }).Build();
}
