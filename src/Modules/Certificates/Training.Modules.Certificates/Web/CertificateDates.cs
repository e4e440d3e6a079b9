using System.Globalization;

namespace Training.Modules.Certificates.Web;

/// <summary>Calendar days written out in the reader's language ("12 Januari 2027"), never as ambiguous numbers.</summary>
internal static class CertificateDates
{
    public static string Show(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
}
