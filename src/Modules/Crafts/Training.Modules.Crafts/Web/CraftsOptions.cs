namespace Training.Modules.Crafts.Web;

/// <summary>
/// Where buyers reach the public catalogue (configuration <c>Crafts:PublicBaseUrl</c>): shared links and
/// printed documents carry it. Without it, the certificates' public address is used.
/// </summary>
internal sealed class CraftsOptions
{
    public const string Section = "Crafts";

    public string PublicBaseUrl { get; set; } = "";

    /// <summary>The public base with a trailing slash, so that a base path (<c>/bekal</c>) survives relative addresses.</summary>
    public Uri BaseUri => new(PublicBaseUrl.TrimEnd('/') + "/", UriKind.Absolute);

    public bool HasValidUrl() =>
        Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
