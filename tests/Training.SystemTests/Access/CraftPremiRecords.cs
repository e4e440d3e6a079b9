namespace Training.SystemTests.Access;

/// <summary>Bodies for the premi rows of the access matrix: valid, and harmless to the rows after them.</summary>
public static class CraftPremiRecords
{
    public static object Rule => new
    {
        premiPercent = 50, pnbpPercent = 40, capitalPercent = 10, effectiveFrom = "2026-01-01", legalBasis = "Keputusan Kepala Kantor Wilayah tentang pembagian hasil",
    };

    public static object Deposit => new { amountRupiah = 10_000, reference = "NTPN 0A1B2C3D4E5F6G7H", depositedOn = "2026-11-30" };

    public static object MakerCredit => new { alias = "Anyaman Senja", consent = true };

    public static object Payout(Guid learnerId) => new { learnerId, amountRupiah = 1, method = "SavingsAccount", reference = "BRI Simpanan 0123" };
}
