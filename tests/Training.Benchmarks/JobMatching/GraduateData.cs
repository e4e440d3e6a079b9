using Marten;
using Training.Modules.Certificates.Contracts;
using Training.Modules.JobMatching.Profiles;
using Training.Modules.JobMatching.Regions;
using Training.Modules.JobMatching.Search;

namespace Training.Benchmarks.JobMatching;

/// <summary>
/// Loads graduates as the JobMatching module leaves them: per learner the profile stream with the
/// consent and the saved profile (its inline snapshot built by Marten on save), and the search listing
/// built with the module's own steps in the order they happen: each valid certificate as the
/// certificate-issued handler adds it, then the profile as saving it sets it; saved as the module
/// saves it, with its search index rows. The Certificates
/// module's own streams and integration events are left out: search never reads them, and the relay
/// would be busy with them during the benchmark. Learners and facilities are ids only.
/// </summary>
internal static class GraduateData
{
    public const int Graduates = 300_000;

    private const int Seed = 2027;
    private const int Batch = 1_000;
    private const int Writers = 3;
    private const int Facilities = 150;

    private static readonly string[] Words = ["Rajut", "Tenun", "Jahit", "Boga", "Rias", "Tani", "Batik", "Manik", "Anyam", "Karya", "Mandiri", "Terampil"];
    private static readonly string[] Statements =
    [
        "Saya teliti dan siap bekerja dalam tim.",
        "Terbiasa bekerja dengan target harian dan menjaga kerapian hasil.",
        "Ingin bekerja dari rumah sambil membantu keluarga.",
        "Siap belajar hal baru dan bekerja keras.",
        "",
    ];

    public static Task LoadAsync(IDocumentStore store, DateTimeOffset now) =>
        Parallel.ForEachAsync(Enumerable.Range(0, Graduates / Batch), new ParallelOptions { MaxDegreeOfParallelism = Writers }, async (batch, cancellationToken) =>
        {
            // A seed per batch: the same data whichever batch runs first.
            var random = new Random(Seed + batch);
            await using var session = store.LightweightSession();
            for (var i = 0; i < Batch; i++)
            {
                Graduate(session, random, (batch * Batch) + i, now);
            }

            await session.SaveChangesAsync(cancellationToken);
        });

    private static void Graduate(IDocumentSession session, Random random, int number, DateTimeOffset now)
    {
        var learnerId = NextGuid(random);
        var facilityId = FacilityId(random.Next(Facilities));
        var province = GraduateSpread.Province(random);
        var today = Months.Today(now);
        var listing = GraduateListing.For(learnerId);
        for (var c = GraduateSpread.CertificateCount(random); c > 0; c--)
        {
            listing = listing.WithCertificate(Certificate(random, province, today), null);
        }

        var alias = FormattableString.Invariant($"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} {number}");
        var details = new ProfileDetails(alias, province.Code, GraduateSpread.Regency(random, province)?.Code,
            Months.Format(Months.Current(now) + random.Next(24)), GraduateSpread.WorkTypes(random), Statements[random.Next(Statements.Length)], null);
        var profileId = GraduateProfile.IdFor(learnerId);
        var savedAt = now.AddDays(-random.Next(1, 120));
        session.Events.StartStream<GraduateProfile>(profileId,
            new GraduateConsentGiven(profileId, learnerId, ConsentText.Version, savedAt),
            new GraduateProfileSaved(profileId, learnerId, details, learnerId, savedAt));
        Listings.Save(session, null, listing.WithProfile(details, facilityId));
    }

    /// <summary>Issued over the last four years; four in ten of those under three years old are valid for three years, the rest without end.</summary>
    private static HeldCertificate Certificate(Random random, Province province, DateOnly today)
    {
        var (category, course, courseIndex) = GraduateSpread.Course(random, province);
        var issuedOn = today.AddDays(-random.Next(1, 4 * 365));
        DateOnly? validUntil = issuedOn.AddYears(3) >= today && random.Next(10) < 4 ? issuedOn.AddYears(3) : null;
        var units = GraduateSpread.Units(random).Select(u => new CertifiedUnit(GraduateSpread.UnitCode(category, u), FormattableString.Invariant($"{course}: unit {u}")));
        return new HeldCertificate(NextGuid(random), CourseId(courseIndex), course, category.ToString(), [.. units], issuedOn, validUntil);
    }

    private static Guid CourseId(int index) => new(index + 1, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]);

    private static Guid FacilityId(int index) => new(index + 1, 0, 0, [0, 0, 0, 0, 0, 0, 0, 2]);

    private static Guid NextGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
