using System.Globalization;
using Training.BuildingBlocks.Time;

namespace Training.Modules.Assessments.Web;

/// <summary>Shows a moment in the facility's own time zone, with the name Indonesians use for it (WIB, WITA, WIT).</summary>
internal static class LocalTimes
{
    public static string Show(DateTimeOffset moment, string? timeZone) =>
        FacilityTime.Local(moment, timeZone).ToString("HH:mm", CultureInfo.InvariantCulture) + " " + FacilityTime.Abbreviation(timeZone);

    /// <summary>The day (month named in the reader's language) and the time, e.g. "5 Des 2026 14:30 WIB".</summary>
    public static string ShowWithDay(DateTimeOffset moment, string? timeZone) =>
        FacilityTime.Local(moment, timeZone).ToString("d MMM yyyy", CultureInfo.CurrentCulture) + " " + Show(moment, timeZone);
}
