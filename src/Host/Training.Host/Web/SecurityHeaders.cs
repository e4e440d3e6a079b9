namespace Training.Host.Web;

/// <summary>Headers that keep pages from being framed, sniffed or fed foreign scripts.</summary>
internal static class SecurityHeaders
{
    private const string Strict =
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; " +
        "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    // The API reference and the jobs dashboard ship inline scripts and styles of their own.
    private const string Tooling =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(self), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            var path = context.Request.Path;
            headers.ContentSecurityPolicy = path.StartsWithSegments("/docs") || path.StartsWithSegments("/jobs") ? Tooling : Strict;
            await next();
        });
}
