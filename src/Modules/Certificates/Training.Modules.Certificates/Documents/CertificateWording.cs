using System.Globalization;
using Training.BuildingBlocks.Documents;

namespace Training.Modules.Certificates.Documents;

/// <summary>Dates, hours and outcomes as the certificate prints them, in Indonesian and in English.</summary>
internal static class CertificateWording
{
    // Spelled out rather than taken from ICU so that the printed wording never depends on the machine.
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string IndonesianDate(DateOnly date) => IndonesianDates.Long(date);

    public static string EnglishDate(DateOnly date) => $"{date.Day} {EnglishMonths[date.Month - 1]} {date.Year}";

    public static string IndonesianHours(decimal hours) => Number(hours).Replace('.', ',') + " jam";

    public static string EnglishHours(decimal hours) => Number(hours) + (hours == 1 ? " hour" : " hours");

    /// <summary>Every unit of a passed course is competent; an unknown value is printed as it came rather than guessed.</summary>
    public static string Outcome(string outcome) => outcome.Trim() switch
    {
        "Competent" or "Kompeten" or "K" => "Kompeten",
        "NotYetCompetent" or "Belum Kompeten" or "BK" => "Belum Kompeten",
        var other => other,
    };

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
