using Training.Modules.Certificates.Certificates;

namespace Training.Modules.Certificates.Tests.Documents;

/// <summary>Certificates as the module issues them, for printing.</summary>
internal static class ACertificate
{
    public const string Number = "BKL-2026-000001";
    public const string Code = "7KQ2M9XH4TPA";
    public const string Holder = "Siti Nurhaliza Rahmawati";
    public const string Course = "Merajut Tas dan Dompet dari Benang Katun";
    public const string Issuer = "Program Pelatihan Keterampilan Bekal Kalimantan Tengah";

    public static readonly Uri VerifyUrl = new($"https://bekal.example.id/verifikasi/{Code}");

    public static readonly CertificateUnit[] Units =
    [
        new("C.131000.001.01", "Menyiapkan Alat dan Bahan Merajut", "Competent"),
        new("C.131000.002.01", "Merajut Pola Dasar Tusuk Rantai dan Tusuk Tunggal", "Competent"),
        new("C.131000.003.01", "Menyelesaikan dan Merapikan Produk Rajutan", "Competent"),
    ];

    public static Certificate Issued(
        string holder = Holder,
        string course = Course,
        IReadOnlyList<CertificateUnit>? units = null,
        DateOnly? validUntil = null,
        string issuer = Issuer) =>
        Certificate.Create(new CertificateIssued(
            Guid.NewGuid(), Number, Code, Guid.NewGuid(), Guid.NewGuid(), holder, Guid.NewGuid(), 2, course, "Knitting", 40,
            units ?? Units, new DateOnly(2026, 12, 1), validUntil, issuer, "salt", null, Guid.NewGuid(), DateTimeOffset.UnixEpoch));

    public static Certificate ValidForThreeYears() => Issued(validUntil: new DateOnly(2029, 11, 30));

    /// <summary>Twelve units with the longest titles a course accepts (300 characters) and a 200-character course title.</summary>
    public static Certificate WithTwelveLongUnits() => Issued(
        holder: "Dewi Kartika Sari Ayu Ningrum Puspitasari Wulandari Kusumawardhani",
        course: Long("Pelatihan Lanjutan Kriya Anyaman Purun, Batik Tulis Khas Kalimantan, Manik-manik dan Rajutan untuk Usaha Mandiri", 200),
        units: [.. Enumerable.Range(1, 12).Select(i => new CertificateUnit(
            $"C.131000.{i:000}.01",
            Long($"Unit {i}: Menerapkan Teknik Menganyam Purun, Mewarnai Bahan Alami, Menyusun Pola Motif Tradisional dan Menyelesaikan Produk Sesuai Standar Mutu", 300),
            "Competent"))],
        validUntil: new DateOnly(2029, 11, 30));

    private static string Long(string start, int length)
    {
        var text = start;
        while (text.Length < length)
        {
            text += " " + start;
        }

        return text[..length].TrimEnd();
    }
}
