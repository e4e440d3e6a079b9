using System.Diagnostics;
using System.Globalization;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Issuing;
using Training.Testing;

namespace Training.Benchmarks.Certificates;

/// <summary>
/// Loads certificates straight into the event store the way issuing writes them (one stream per
/// certificate, its document kept by the inline snapshot): issued over the last four years, a third
/// without validity, one in twenty revoked, so that verification meets Valid, Expired and Revoked.
/// Writes the verification codes, one per line, for the load tool to pick from.
/// </summary>
internal static class CertificateData
{
    private const int Batch = 1_000;
    private const int Writers = 4;

    public static async Task<int> LoadAsync(string connectionString, int count, string codesFile)
    {
        await using var app = new BekalApp().OnDatabase(connectionString).With("Marten:DaemonMode", "Disabled");
        await app.InitializeAsync();
        var timer = Stopwatch.StartNew();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var plan = Enumerable.Range(0, count).Select(i => (Index: i, IssuedOn: today.AddDays(-(i * 7 % 1_460)))).ToList();
        var sequence = plan.GroupBy(p => p.IssuedOn.Year).SelectMany(g => g.Select((p, n) => (p.Index, p.IssuedOn, Number: n + 1))).ToList();
        var codes = new string[count];

        await Parallel.ForEachAsync(sequence.Chunk(Batch), new ParallelOptions { MaxDegreeOfParallelism = Writers }, async (chunk, cancellationToken) =>
        {
            await using var session = app.Store.LightweightSession();
            foreach (var (index, issuedOn, number) in chunk)
            {
                codes[index] = VerificationCode.New();
                var issued = Issued(index, issuedOn, FormattableString.Invariant($"BKL-{issuedOn.Year}-{number:D6}"), codes[index]);
                session.Events.StartStream<Certificate>(issued.CertificateId, issued);
                if (index % 20 == 7)
                {
                    session.Events.Append(issued.CertificateId, new CertificateRevoked(issued.CertificateId, RevocationReason.IssuedInError, "Data peserta keliru", Guid.Empty, issued.At.AddDays(30)));
                }
            }

            await session.SaveChangesAsync(cancellationToken);
        });

        await using (var session = app.Store.LightweightSession())
        {
            foreach (var year in sequence.GroupBy(s => s.IssuedOn.Year))
            {
                session.Store(new CertificateNumbering(CertificateNumbering.IdFor(year.Key), year.Max(s => s.Number)));
            }

            await session.SaveChangesAsync();
        }

        await File.WriteAllLinesAsync(codesFile, codes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"loaded {count:N0} certificates in {timer.Elapsed.TotalSeconds:0.0} s; codes in {codesFile}"));
        return 0;
    }

    private static CertificateIssued Issued(int index, DateOnly issuedOn, string number, string code) => new(
        Guid.NewGuid(), number, code, Guid.NewGuid(), Guid.NewGuid(), $"Peserta Pelatihan {index}", Guid.NewGuid(), 1 + (index % 3),
        Titles[index % Titles.Length], "Weaving", 24 + (index % 5 * 8),
        [new CertificateUnit("C.131000.001.01", "Menyiapkan bahan anyaman", "Competent"), new CertificateUnit("C.131000.002.01", "Menganyam pola dasar", "Competent")],
        issuedOn, index % 3 == 0 ? null : issuedOn.AddMonths(36), "Program Pelatihan Keterampilan Kalimantan Tengah",
        Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()), null, Guid.Empty, new DateTimeOffset(issuedOn, new TimeOnly(9, 0), TimeSpan.Zero));

    private static readonly string[] Titles = ["Anyaman Purun", "Merajut Tas", "Batik Tulis", "Manik-manik Dayak", "Menjahit Busana", "Tata Boga Kue Tradisional"];
}
