using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Training.Modules.Crafts.Web;

/// <summary>How the public pages say prices, crafts, months and texts typed in two languages, in the reader's language.</summary>
internal static class PublicWords
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>"Rp 150.000": rupiah are written with dots between thousands in both languages of the page.</summary>
    public static string Rupiah(long amount) => string.Format(Indonesian, "Rp {0:N0}", amount);

    public static string Craft(this IStringLocalizer<CraftsResource> text, string craft) =>
        text[$"Craft.{craft}"] is { ResourceNotFound: false } found ? found.Value : craft;

    /// <summary>The English text for an English reader when one was written, else the Indonesian.</summary>
    public static string InReadersLanguage(string indonesian, string? english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" && !string.IsNullOrWhiteSpace(english) ? english : indonesian;

    public static string Month(DateOnly month) => month.ToDateTime(TimeOnly.MinValue).ToString("MMMM yyyy", CultureInfo.CurrentUICulture);
}
