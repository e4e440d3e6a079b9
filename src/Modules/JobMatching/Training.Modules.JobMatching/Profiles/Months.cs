using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Time;

namespace Training.Modules.JobMatching.Profiles;

/// <summary>
/// Months as the search index keeps them: a <see cref="Month"/>'s <see cref="Month.Index"/>, so that months
/// compare and subtract as whole numbers in SQL. "This month" is the month in the platform's zone (WIB).
/// </summary>
internal static class Months
{
    public static bool TryParse(string? text, out int month)
    {
        var read = Month.TryParse(text, out var parsed);
        month = read ? parsed.Index : 0;
        return read;
    }

    public static int Parse(string text) => Month.Parse(text).Index;

    public static string Format(int month) => Month.FromIndex(month).ToString();

    public static int Of(DateOnly day) => Month.Of(day).Index;

    public static DateOnly Today(DateTimeOffset now) => FacilityTime.Day(now);

    public static int Current(DateTimeOffset now) => Of(Today(now));
}
