using System.Globalization;
using Training.Modules.JobMatching.Profiles;

namespace Training.Modules.JobMatching.Web;

/// <summary>Days and months written out in the reader's language, in Asia/Jakarta (WIB) where Bekal counts its months.</summary>
internal static class Moments
{
    private static readonly TimeZoneInfo Jakarta = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    public static string Show(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Jakarta).ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture) + " WIB";

    public static string Show(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>"2027-03" as "Maret 2027"; anything else as it is.</summary>
    public static string Month(string month) =>
        Months.TryParse(month, out var m) ? new DateOnly(m / 12, (m % 12) + 1, 1).ToString("MMMM yyyy", CultureInfo.CurrentCulture) : month;
}
