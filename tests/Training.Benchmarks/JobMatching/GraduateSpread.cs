using Training.Modules.Courses.Contracts;
using Training.Modules.JobMatching.Profiles;
using Training.Modules.JobMatching.Regions;

namespace Training.Benchmarks.JobMatching;

/// <summary>
/// How graduates spread over Indonesia, skills and work types: provinces weighted by their population
/// (2020 census, millions), the regencies the module ships chosen evenly, skill categories weighted
/// towards the trades the programmes teach most (weaving and beadwork more common in Kalimantan), and
/// SKKNI-style competency unit codes, 35 per category, the first ones of each far more common.
/// </summary>
internal static class GraduateSpread
{
    public const int UnitsPerCategory = 35;

    private static readonly (string Code, double Millions)[] Population =
    [
        ("11", 5.3), ("12", 14.8), ("13", 5.5), ("14", 6.4), ("15", 3.5), ("16", 8.5), ("17", 2.0), ("18", 9.0), ("19", 1.5), ("21", 2.1),
        ("31", 10.6), ("32", 48.3), ("33", 36.5), ("34", 3.7), ("35", 40.7), ("36", 11.9), ("51", 4.3), ("52", 5.3), ("53", 5.3),
        ("61", 5.4), ("62", 2.7), ("63", 4.1), ("64", 3.8), ("65", 0.7), ("71", 2.6), ("72", 3.0), ("73", 9.1), ("74", 2.6), ("75", 1.2),
        ("76", 1.4), ("81", 1.8), ("82", 1.3), ("91", 0.55), ("92", 0.6), ("94", 1.0), ("95", 0.5), ("96", 1.4), ("97", 1.4),
    ];

    private static readonly (SkillCategory Category, double Weight, string UnitPrefix, string[] Courses)[] Categories =
    [
        (SkillCategory.Sewing, 22, "C.141000", ["Menjahit Busana", "Menjahit Kebaya", "Permak Pakaian", "Menjahit Seragam"]),
        (SkillCategory.Culinary, 20, "I.562900", ["Tata Boga Kue Tradisional", "Roti dan Kue", "Katering Rumahan", "Olahan Ikan"]),
        (SkillCategory.Beauty, 12, "S.960200", ["Tata Rias Pengantin", "Tata Rambut", "Perawatan Kulit", "Tata Rias Dasar"]),
        (SkillCategory.ComputerLiteracy, 12, "J.620100", ["Aplikasi Perkantoran", "Desain Grafis Dasar", "Pemasaran Online", "Operator Komputer"]),
        (SkillCategory.Agriculture, 10, "A.011300", ["Hidroponik", "Budidaya Sayur", "Pembibitan", "Budidaya Ikan Air Tawar"]),
        (SkillCategory.Batik, 8, "C.139100", ["Batik Tulis", "Batik Cap", "Batik Benang Bintik", "Pewarnaan Alam"]),
        (SkillCategory.Weaving, 7, "C.131000", ["Anyaman Purun", "Anyaman Rotan", "Tenun Ikat", "Anyaman Bambu"]),
        (SkillCategory.Knitting, 5, "C.139300", ["Merajut Tas", "Merajut Pakaian", "Rajut Boneka", "Merenda"]),
        (SkillCategory.Beadwork, 4, "C.329000", ["Manik-manik Dayak", "Aksesori Manik", "Sulam Manik", "Tas Manik"]),
    ];

    private static readonly (WorkType Type, double Weight)[] WorkTypeWeights =
        [(WorkType.Employment, 40), (WorkType.HomeBased, 30), (WorkType.SelfEmployment, 18), (WorkType.Apprenticeship, 12)];

    private static readonly double[] CertificateCounts = [8, 37, 30, 17, 8];

    public static Province Province(Random random) => RegionIndex.FindProvince(Population[Pick(random, Population.Select(p => p.Millions))].Code)!;

    /// <summary>One in seven graduates of a province with regencies names none.</summary>
    public static Regency? Regency(Random random, Province province) =>
        province.Regencies.Count == 0 || random.Next(7) == 0 ? null : province.Regencies[random.Next(province.Regencies.Count)];

    public static int CertificateCount(Random random) => Pick(random, CertificateCounts);

    public static (SkillCategory Category, string Course, int CourseIndex) Course(Random random, Province province)
    {
        var kalimantan = province.Name.StartsWith("Kalimantan", StringComparison.Ordinal);
        var category = Pick(random, Categories.Select(c => c.Category is SkillCategory.Weaving or SkillCategory.Beadwork && kalimantan ? c.Weight * 3 : c.Weight));
        var course = random.Next(4);
        return (Categories[category].Category, Categories[category].Courses[course], (category * 4) + course);
    }

    /// <summary>Unit n (1-based) of a category: <c>C.141000.007.01</c>.</summary>
    public static string UnitCode(SkillCategory category, int unit) =>
        FormattableString.Invariant($"{Categories.First(c => c.Category == category).UnitPrefix}.{unit:D3}.01");

    /// <summary>Two to four distinct units, skewed: unit 1 of a category is on most of its certificates.</summary>
    public static int[] Units(Random random) =>
        [.. Enumerable.Range(0, 12).Select(_ => 1 + (int)(UnitsPerCategory * Math.Pow(random.NextDouble(), 2.5))).Distinct().Take(random.Next(2, 5)).Order()];

    /// <summary>One to three distinct work types.</summary>
    public static IReadOnlyList<WorkType> WorkTypes(Random random)
    {
        var count = Pick(random, [45, 40, 15]) + 1;
        var chosen = new List<WorkType>(count);
        while (chosen.Count < count)
        {
            var type = WorkTypeWeights[Pick(random, WorkTypeWeights.Select(w => w.Weight))].Type;
            if (!chosen.Contains(type))
            {
                chosen.Add(type);
            }
        }

        return chosen;
    }

    private static int Pick(Random random, IEnumerable<double> weights)
    {
        var all = weights.ToArray();
        var point = random.NextDouble() * all.Sum();
        for (var i = 0; i < all.Length; i++)
        {
            point -= all[i];
            if (point < 0)
            {
                return i;
            }
        }

        return all.Length - 1;
    }
}
