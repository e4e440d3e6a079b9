namespace Training.BuildingBlocks.Time;

/// <summary>
/// Where Bekal tells time, for every module. Moments are stored in UTC. A facility's own moments and days
/// are told in its zone, named on its record in Identity (<c>FacilityInfo.TimeZone</c>, an IANA id); what
/// is the same for everyone (a certificate's validity, availability months, schedules) and a facility whose
/// zone is missing or unknown here use the platform's zone, WIB, where Bekal started.
/// </summary>
public static class FacilityTime
{
    public const string PlatformZoneId = "Asia/Jakarta";

    // The names Indonesians give their zones; a zone elsewhere goes by its id.
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [PlatformZoneId] = "WIB",
        ["Asia/Pontianak"] = "WIB",
        ["Asia/Makassar"] = "WITA",
        ["Asia/Jayapura"] = "WIT",
    };

    public static TimeZoneInfo PlatformZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(PlatformZoneId);

    /// <summary>The zone named <paramref name="zoneId"/>, or the platform's when it names none this machine knows.</summary>
    public static TimeZoneInfo Zone(string? zoneId) =>
        zoneId is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone) ? zone : PlatformZone;

    /// <summary>The moment on the clocks of the zone named <paramref name="zoneId"/> (the platform's by default).</summary>
    public static DateTimeOffset Local(DateTimeOffset moment, string? zoneId = null) => TimeZoneInfo.ConvertTime(moment, Zone(zoneId));

    /// <summary>The day it was there at that moment: a pass at 23:30 WIB on 31 December belongs to that year.</summary>
    public static DateOnly Day(DateTimeOffset moment, string? zoneId = null) => DateOnly.FromDateTime(Local(moment, zoneId).DateTime);

    public static DateOnly Today(TimeProvider clock, string? zoneId = null) => Day(clock.GetUtcNow(), zoneId);

    /// <summary>The zone's short name as it is written after a time ("14:30 WITA").</summary>
    public static string Abbreviation(string? zoneId)
    {
        var zone = Zone(zoneId);
        return Names.TryGetValue(zone.Id, out var name) ? name : zone.Id;
    }
}
