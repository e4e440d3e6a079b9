using System.Globalization;
using Training.BuildingBlocks.Time;

namespace Training.Modules.Identity.Web;

/// <summary>Times are stored in UTC and shown in a facility's zone (the platform's when none is given).</summary>
internal static class LocalTime
{
    public static string Show(DateTimeOffset at, string? zone = null) =>
        FacilityTime.Local(at, zone).ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture);
}
