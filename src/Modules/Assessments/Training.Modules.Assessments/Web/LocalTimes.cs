using System.Globalization;

namespace Training.Modules.Assessments.Web;

/// <summary>Shows a moment in the facility's own time zone, with the name Indonesians use for it (WIB, WITA, WIT).</summary>
internal static class LocalTimes
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["Asia/Jakarta"] = "WIB",
        ["Asia/Pontianak"] = "WIB",
        ["Asia/Makassar"] = "WITA",
        ["Asia/Jayapura"] = "WIT",
    };

    public static string Show(DateTimeOffset moment, string? timeZone)
    {
        var zone = timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(moment, zone);
        var name = timeZone is not null && Names.TryGetValue(timeZone, out var known) ? known : zone == TimeZoneInfo.Utc ? "UTC" : zone.Id;
        return local.ToString("HH:mm", CultureInfo.InvariantCulture) + " " + name;
    }
}
