using System.Globalization;
using System.Text.RegularExpressions;

namespace Training.Modules.JobMatching.Profiles;

/// <summary>
/// Months as Bekal speaks of availability: never an exact date, written YYYY-MM, counted as
/// year × 12 + (month − 1) so that months compare and subtract as whole numbers. "This month"
/// is the month in Asia/Jakarta (WIB), where Bekal started.
/// </summary>
internal static partial class Months
{
    private static readonly TimeZoneInfo Jakarta = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    public static bool TryParse(string? text, out int month)
    {
        month = 0;
        if (text is null || !Shape().IsMatch(text))
        {
            return false;
        }

        month = (int.Parse(text[..4], CultureInfo.InvariantCulture) * 12) + int.Parse(text[5..], CultureInfo.InvariantCulture) - 1;
        return true;
    }

    public static int Parse(string text) => TryParse(text, out var month) ? month : throw new FormatException("Not a YYYY-MM month.");

    public static string Format(int month) => $"{month / 12:D4}-{(month % 12) + 1:D2}";

    public static int Of(DateOnly day) => (day.Year * 12) + day.Month - 1;

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Jakarta).DateTime);

    public static int Current(DateTimeOffset now) => Of(Today(now));

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex Shape();
}
