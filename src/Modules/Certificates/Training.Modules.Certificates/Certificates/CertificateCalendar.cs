using Training.BuildingBlocks.Time;

namespace Training.Modules.Certificates.Certificates;

/// <summary>
/// Today as Indonesia's westernmost zone (WIB) counts it: a certificate valid until a day stays
/// valid to that day's end everywhere in the country, give or take the zones further east.
/// </summary>
internal static class CertificateCalendar
{
    public static DateOnly Today(TimeProvider clock) => FacilityTime.Today(clock);
}
