using System.Globalization;
using Training.BuildingBlocks.Time;

namespace Training.Modules.Crafts.Premi;

/// <summary>The day of a premi line or payout as its facility's clocks told it, the month named in the reader's language.</summary>
internal static class PremiDays
{
    public static string Show(DateTimeOffset moment, string? timeZone) => FacilityTime.Local(moment, timeZone).ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Show(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
}
