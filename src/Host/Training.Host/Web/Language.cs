using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Training.Host.Web;

/// <summary>Bahasa Indonesia by default, English on request; the choice is kept in a cookie.</summary>
internal static class Language
{
    public static readonly CultureInfo[] Supported = [new("id-ID"), new("en")];

    public static IServiceCollection AddLanguages(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Supported[0]);
            o.SupportedCultures = Supported;
            o.SupportedUICultures = Supported;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // The cookie decides; a browser's Accept-Language does not override the facility's default.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>Switches the language and returns to the page the person was on.</summary>
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapPost("/language", (HttpContext context, [Microsoft.AspNetCore.Mvc.FromForm] string culture, [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl) =>
            {
                var chosen = Supported.FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(c.TwoLetterISOLanguageName, culture, StringComparison.OrdinalIgnoreCase)) ?? Supported[0];
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
                var target = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                    && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) ? returnUrl : "/";
                return Results.LocalRedirect(target);
            })
            .ExcludeFromDescription();
}
