using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Training.Host.Web;

/// <summary>
/// A browser sends the session cookie with a request another site makes it send. An API request
/// that changes something (any method but GET, HEAD, OPTIONS, TRACE), carries the session cookie
/// and names another site as its <c>Origin</c> is refused with 403 before its body is read (uploads
/// too). The host's own origin is the scheme and host the request arrived with (the scheme from a
/// known proxy, see <see cref="Proxies"/>); <c>Web:AllowedOrigins</c> may name more. Requests without
/// an Origin (other programs) or without the session cookie have no session to abuse and pass.
/// </summary>
internal static class ForeignOrigins
{
    public const string Code = "request.foreign-origin";

    public static IApplicationBuilder UseForeignOriginRefusal(this IApplicationBuilder app)
    {
        var allowed = (app.ApplicationServices.GetRequiredService<IConfiguration>().GetSection("Web:AllowedOrigins").Get<string[]>() ?? [])
            .Select(Normalized)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        return app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api") && !IsSafe(context.Request.Method),
            api => api.Use(async (context, next) =>
            {
                var origin = context.Request.Headers.Origin.ToString();
                if (origin.Length == 0 || !await CarriesSessionAsync(context) || IsOwn(context.Request, origin, allowed))
                {
                    await next();
                    return;
                }

                await RefuseAsync(context);
            }));
    }

    private static bool IsSafe(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    private static async Task<bool> CarriesSessionAsync(HttpContext context)
    {
        var scheme = await context.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>().GetDefaultAuthenticateSchemeAsync();
        if (scheme is null)
        {
            return false;
        }

        var cookie = context.RequestServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(scheme.Name).Cookie.Name;
        return cookie is not null && context.Request.Cookies.ContainsKey(cookie);
    }

    private static bool IsOwn(HttpRequest request, string origin, HashSet<string> allowed) =>
        Normalized(origin) is { } given && (given == Normalized($"{request.Scheme}://{request.Host.Value}") || allowed.Contains(given));

    /// <summary><c>scheme://host:port</c> in lower case with the port spelled out, or null for anything that is no web origin (such as <c>null</c>).</summary>
    private static string? Normalized(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.PathAndQuery == "/" && uri.UserInfo.Length == 0
            ? $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}".ToLowerInvariant()
            : null;

    private static ValueTask RefuseAsync(HttpContext context)
    {
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Forbidden",
                Detail = text[$"Error.{Code}"],
                Extensions = { ["code"] = Code },
            },
        });
    }
}
