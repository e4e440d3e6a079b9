using System.Globalization;
using Training.BuildingBlocks.Time;

namespace Training.Modules.JobMatching.Web;

/// <summary>Days and months written out in the reader's language, in the platform's zone (WIB) where Bekal counts its months.</summary>
internal static class Moments
{
    public static string Show(DateTimeOffset moment) =>
        FacilityTime.Local(moment).ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture) + " " + FacilityTime.Abbreviation(null);

    public static string Show(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>"2027-03" as "Maret 2027"; anything else as it is.</summary>
    public static string Month(string month) =>
        BuildingBlocks.Contracts.Month.TryParse(month, out var m) ? m.FirstDay.ToString("MMMM yyyy", CultureInfo.CurrentCulture) : month;
}
