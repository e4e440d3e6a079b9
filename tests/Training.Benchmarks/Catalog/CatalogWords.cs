using Training.Modules.Courses.Contracts;

namespace Training.Benchmarks.Catalog;

/// <summary>
/// Course titles and summaries as trainers write them: mostly Bahasa Indonesia, some English,
/// built from word lists per skill category. The same seed always gives the same catalog.
/// </summary>
internal static class CatalogWords
{
    private static readonly Dictionary<SkillCategory, (string[] Indonesian, string[] English)> Topics = new()
    {
        [SkillCategory.Knitting] = (["Merajut Tas", "Rajut Syal", "Rajut Boneka Amigurumi", "Merenda Taplak", "Rajut Topi Bayi"],
            ["Crochet Bags", "Knitted Scarves", "Amigurumi Dolls", "Lace Crochet"]),
        [SkillCategory.Weaving] = (["Anyaman Purun", "Anyaman Rotan", "Tenun Ikat Dayak", "Anyaman Bambu", "Tenun Songket"],
            ["Purun Weaving", "Rattan Weaving", "Ikat Weaving", "Bamboo Basketry"]),
        [SkillCategory.Batik] = (["Batik Tulis", "Batik Cap", "Batik Sasirangan", "Pewarnaan Alami Batik", "Batik Motif Dayak"],
            ["Hand-Drawn Batik", "Stamped Batik", "Natural Dyes for Batik", "Sasirangan Batik"]),
        [SkillCategory.Beadwork] = (["Manik-Manik Dayak", "Kalung Manik", "Tas Manik", "Gelang Manik", "Sulam Manik Kebaya"],
            ["Dayak Beadwork", "Beaded Necklaces", "Beaded Bags", "Bead Embroidery"]),
        [SkillCategory.Sewing] = (["Menjahit Kebaya", "Menjahit Gamis", "Jahit Mukena", "Pola Dasar Busana", "Bordir Mesin"],
            ["Sewing Kebaya", "Dressmaking Patterns", "Machine Embroidery", "Garment Finishing"]),
        [SkillCategory.Culinary] = (["Kue Basah Tradisional", "Roti dan Kue Kering", "Amplang Ikan", "Masakan Banjar", "Katering Sehat"],
            ["Traditional Cakes", "Bread and Pastry", "Healthy Catering", "Food Hygiene"]),
        [SkillCategory.Beauty] = (["Tata Rias Pengantin", "Potong Rambut", "Perawatan Wajah", "Tata Rias Dasar", "Manikur dan Pedikur"],
            ["Bridal Makeup", "Hairdressing", "Facial Care", "Nail Care"]),
        [SkillCategory.Agriculture] = (["Hidroponik Sayuran", "Budidaya Jamur Tiram", "Pupuk Kompos", "Budidaya Ikan Lele", "Tanaman Obat Keluarga"],
            ["Hydroponic Vegetables", "Oyster Mushroom Farming", "Composting", "Catfish Farming"]),
        [SkillCategory.ComputerLiteracy] = (["Komputer Perkantoran", "Mengetik Sepuluh Jari", "Microsoft Excel", "Desain Grafis Canva", "Pemasaran Daring"],
            ["Office Computing", "Touch Typing", "Spreadsheets with Excel", "Online Marketing"]),
    };

    private static readonly string[] IndonesianLevels = ["Dasar", "Lanjutan", "untuk Pemula", "Tingkat Menengah", "Praktis", "Terampil"];
    private static readonly string[] EnglishLevels = ["Basics", "Advanced", "for Beginners", "Intermediate", "in Practice", "Masterclass"];

    private static readonly string[] IndonesianGoals =
    [
        "siap bekerja setelah bebas", "membuka usaha rumahan", "memenuhi pesanan koperasi", "menjual produk secara daring",
        "mengikuti uji kompetensi", "menghasilkan produk bermutu ekspor",
    ];

    private static readonly string[] EnglishGoals =
    [
        "ready for work after release", "starting a home business", "filling cooperative orders", "selling products online",
        "passing the competency assessment", "making export-quality products",
    ];

    private static readonly string[] IndonesianMethods =
    [
        "Peserta berlatih langsung dengan bahan yang tersedia di lapas.", "Setiap sesi diakhiri dengan praktik dan penilaian bersama pelatih.",
        "Materi disusun mengikuti standar SKKNI.", "Kelas kecil dengan pendampingan pelatih berpengalaman.",
    ];

    private static readonly string[] EnglishMethods =
    [
        "Learners practise hands-on with materials available in the facility.", "Every session ends with practice and an assessment with the trainer.",
        "The material follows the SKKNI standard.", "Small classes with an experienced trainer.",
    ];

    public static IReadOnlyList<SkillCategory> Categories { get; } = Enum.GetValues<SkillCategory>();

    /// <summary>About one course in four is written in English.</summary>
    public static (string Title, string Summary) Course(Random random, SkillCategory category)
    {
        var (indonesian, english) = Topics[category];
        if (random.Next(4) == 0)
        {
            var topic = Pick(random, english);
            return ($"{topic} {Pick(random, EnglishLevels)}",
                $"A course in {topic.ToLowerInvariant()} for {Pick(random, EnglishGoals)}. {Pick(random, EnglishMethods)}");
        }

        var topik = Pick(random, indonesian);
        return ($"{topik} {Pick(random, IndonesianLevels)}",
            $"Pelatihan {topik.ToLowerInvariant()} agar peserta {Pick(random, IndonesianGoals)}. {Pick(random, IndonesianMethods)}");
    }

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];
}
