namespace Training.BuildingBlocks.Documents;

/// <summary>Dates as printed documents write them in Indonesian, e.g. "7 Desember 2026", "7 Des", "Sen".</summary>
public static class IndonesianDates
{
    // Spelled out rather than taken from ICU so that the printed wording never depends on the machine.
    private static readonly string[] Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private static readonly string[] ShortMonths = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

    private static readonly string[] Weekdays = ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"];

    public static string Long(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    public static string Short(DateOnly date) => $"{date.Day} {ShortMonths[date.Month - 1]}";

    public static string Weekday(DateOnly date) => Weekdays[(int)date.DayOfWeek];
}
