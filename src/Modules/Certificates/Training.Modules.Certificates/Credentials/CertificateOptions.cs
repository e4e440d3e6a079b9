namespace Training.Modules.Certificates.Credentials;

/// <summary>Where the host is reached publicly and which key signs credentials (configuration section <c>Certificates</c>).</summary>
internal sealed class CertificateOptions
{
    public const string Section = "Certificates";

    /// <summary>The address people and verifiers reach the host at, e.g. <c>https://bekal.example.id</c>.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>
    /// The issuer profile's id; <c>{PublicBaseUrl}/issuer</c> when empty. Keep it on the public host:
    /// verifiers look for the keys at <c>{issuer host}/.well-known/jwks.json</c>.
    /// </summary>
    public string? IssuerUrl { get; set; }

    /// <summary>The ES256 (P-256) signing key as a PKCS#8 PEM; when empty it is created in the data folder.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Public keys (PEM) that signed earlier credentials, still published so that those verify.</summary>
    public string[] PreviousSigningKeys { get; set; } = [];

    /// <summary>The public base with a trailing slash, so that a base path (<c>/bekal</c>) survives relative addresses.</summary>
    public Uri BaseUri => new(PublicBaseUrl.TrimEnd('/') + "/", UriKind.Absolute);

    public Uri IssuerUri => string.IsNullOrWhiteSpace(IssuerUrl) ? new(BaseUri, "issuer") : new(IssuerUrl, UriKind.Absolute);

    /// <summary>The public page that shows whether the certificate with this verification code is valid.</summary>
    public Uri VerifyUrl(string code) => new(BaseUri, "verify/" + Uri.EscapeDataString(code));

    public Uri StatusUrl(Guid certificateId) => new(BaseUri, $"api/certificates/{certificateId}/status");

    public Uri AchievementUrl(Guid courseId, int version) => new(BaseUri, $"courses/{courseId}#v{version}");

    /// <summary>Signed credentials carry these addresses for good, so a malformed one stops the host at start.</summary>
    public bool HasValidUrls() => IsHttp(PublicBaseUrl) && (string.IsNullOrWhiteSpace(IssuerUrl) || IsHttp(IssuerUrl));

    private static bool IsHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Query.Length == 0
        && uri.Fragment.Length == 0;
}
