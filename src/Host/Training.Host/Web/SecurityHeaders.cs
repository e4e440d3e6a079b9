namespace Training.Host.Web;

/// <summary>
/// Headers that keep pages from being framed, sniffed or fed foreign scripts; API answers (personal
/// data) from being kept by browsers and proxies; and, over https, browsers from ever asking over http.
/// </summary>
internal static class SecurityHeaders
{
    private const string Strict =
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; " +
        "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    // The API reference and the jobs dashboard ship inline scripts and styles of their own.
    private const string Tooling =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services) =>
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        // Only sent on https requests, and not in Development, where https is a local certificate.
        if (!app.ApplicationServices.GetRequiredService<IWebHostEnvironment>().IsDevelopment())
        {
            app.UseHsts();
        }

        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(self), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            var path = context.Request.Path;
            headers.ContentSecurityPolicy = path.StartsWithSegments("/docs") || path.StartsWithSegments("/jobs") ? Tooling : Strict;
            if (path.StartsWithSegments("/api"))
            {
                // An endpoint whose answer may be cached says so by setting its own Cache-Control.
                headers.CacheControl = "no-store";
            }

            await next();
        });
    }
}
