using System.Globalization;

namespace Training.Modules.Identity.Web;

/// <summary>Times are stored in UTC and shown in a facility's zone; the platform's own default is WIB.</summary>
internal static class LocalTime
{
    public const string Platform = "Asia/Jakarta";

    public static string Show(DateTimeOffset at, string? zone = null)
    {
        var local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.TryFindSystemTimeZoneById(zone ?? Platform, out var found) ? found : TimeZoneInfo.Utc);
        return local.ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture);
    }
}
