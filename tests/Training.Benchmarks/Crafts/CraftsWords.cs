using Training.Modules.Courses.Contracts;

namespace Training.Benchmarks.Crafts;

/// <summary>
/// Product titles, descriptions and materials as officers write them, per craft, in Bahasa Indonesia with an
/// English title on some. The same seed always gives the same catalogue.
/// </summary>
internal static class CraftsWords
{
    public static IReadOnlyList<SkillCategory> Crafts { get; } =
        [SkillCategory.Weaving, SkillCategory.Knitting, SkillCategory.Batik, SkillCategory.Beadwork, SkillCategory.Sewing, SkillCategory.Culinary];

    /// <summary>Words a visitor searches for: common and rare ones, from every craft's titles and materials.</summary>
    public static IReadOnlyList<string> Searches { get; } =
        ["tas", "purun", "rotan", "anyaman", "rajut", "syal", "batik", "sasirangan", "manik", "kalung", "kebaya", "bordir", "amplang", "kue", "dayak", "motif", "tikar"];

    private static readonly Dictionary<SkillCategory, (string[] Things, string[] Materials)> Items = new()
    {
        [SkillCategory.Weaving] = (["Tas Anyaman Purun", "Tikar Purun", "Keranjang Rotan", "Topi Anyaman Bambu", "Dompet Anyaman Rotan"], ["purun", "rotan", "bambu", "pewarna alami"]),
        [SkillCategory.Knitting] = (["Tas Rajut", "Syal Rajut", "Topi Rajut Bayi", "Boneka Rajut Amigurumi", "Taplak Renda"], ["benang katun", "benang wol", "benang nilon"]),
        [SkillCategory.Batik] = (["Kain Batik Tulis", "Kain Sasirangan", "Selendang Batik Cap", "Kemeja Batik", "Taplak Batik"], ["kain katun", "malam", "pewarna alami", "sutra"]),
        [SkillCategory.Beadwork] = (["Kalung Manik Dayak", "Gelang Manik", "Tas Manik", "Gantungan Kunci Manik", "Ikat Kepala Manik"], ["manik kaca", "benang nilon", "kulit"]),
        [SkillCategory.Sewing] = (["Kebaya Bordir", "Mukena Bordir", "Sarung Bantal Bordir", "Tas Kain Perca", "Gamis Anak"], ["kain katun", "benang bordir", "kain perca"]),
        [SkillCategory.Culinary] = (["Amplang Ikan", "Kue Kering Kacang", "Keripik Pisang", "Dodol Nanas", "Kerupuk Ikan"], ["ikan tenggiri", "tepung", "gula aren", "kacang"]),
    };

    private static readonly string[] Motifs = ["Motif Dayak", "Motif Bunga", "Motif Burung Enggang", "Motif Garis", "Warna Alami", "Polos", "Motif Pucuk Rebung", "Motif Kawung"];

    private static readonly (string Id, string En)[] Sizes = [("Kecil", "Small"), ("Sedang", "Medium"), ("Besar", "Large")];

    public static (string Title, string? TitleEn, string Description, string Materials) Product(Random random, SkillCategory craft)
    {
        var (things, materials) = Items[craft];
        var thing = things[random.Next(things.Length)];
        var (size, sizeEn) = Sizes[random.Next(Sizes.Length)];
        var title = $"{thing} {Motifs[random.Next(Motifs.Length)]} {size}";
        var made = string.Join(", ", materials.OrderBy(_ => random.Next()).Take(2));
        var description = $"{thing} buatan tangan peserta pelatihan, dikerjakan dengan teliti dari {made}. Cocok untuk hadiah dan koleksi.";
        return (title, random.Next(3) == 0 ? $"{thing} ({sizeEn})" : null, description, made);
    }
}
