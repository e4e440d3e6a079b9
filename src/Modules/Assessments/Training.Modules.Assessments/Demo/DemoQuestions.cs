using Training.Modules.Assessments.Plans;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Assessments.Demo;

/// <summary>The demo courses' question banks, by skill category; the first option is the right one unless said otherwise.</summary>
internal static class DemoQuestions
{
    public sealed record Item(int Unit, string Text, QuestionType Type, string[] Options, int Correct = 0, decimal? Number = null, decimal Tolerance = 0);

    public static IReadOnlyList<Item> For(SkillCategory category) => category switch
    {
        SkillCategory.Knitting =>
        [
            new(0, "Hakpen yang cocok untuk benang katun sedang?", QuestionType.SingleChoice, ["4–5 mm", "1 mm", "10 mm", "Jarum jahit"]),
            new(1, "Tusuk apa yang dibuat pertama kali?", QuestionType.SingleChoice, ["Tusuk rantai", "Tusuk ganda", "Tusuk silang", "Tusuk jelujur"]),
            new(1, "Tusuk tunggal cocok untuk dasar tas karena rajutannya…", QuestionType.SingleChoice, ["Rapat", "Longgar", "Berlubang", "Licin"]),
            new(2, "Sambungan produk rajut yang baik dijahit…", QuestionType.SingleChoice, ["Tersembunyi", "Di luar dengan benang kontras", "Dengan lem", "Tidak perlu"]),
            new(2, "Produk harus bersih sebelum dikemas.", QuestionType.TrueFalse, []),
        ],
        SkillCategory.Weaving =>
        [
            new(0, "Berapa hari purun dijemur sampai kering merata?", QuestionType.Numeric, [], Number: 3.5m, Tolerance: 0.5m),
            new(0, "Purun yang baik berwarna krem merata setelah kering.", QuestionType.TrueFalse, []),
            new(1, "Anyaman kepang dua: satu helai di atas, lalu…", QuestionType.SingleChoice, ["Satu di bawah", "Dua di atas", "Dipotong", "Dilipat"]),
            new(2, "Tepi tas purun dirapikan dengan…", QuestionType.SingleChoice, ["Dilipat dan dijahit", "Dibakar", "Dibiarkan", "Dilem"]),
        ],
        SkillCategory.Batik =>
        [
            new(0, "Kain untuk batik tulis sebaiknya…", QuestionType.SingleChoice, ["Katun primisima", "Plastik", "Wol tebal", "Kertas"]),
            new(0, "Batang garing adalah…", QuestionType.SingleChoice, ["Pohon kehidupan suku Dayak", "Nama canting", "Jenis malam", "Pewarna"]),
            new(1, "Sebelum canting menempel kain, ujungnya…", QuestionType.SingleChoice, ["Ditiup", "Dicelup air", "Dibiarkan", "Digosok"]),
            new(1, "Malam dipanaskan sampai berasap.", QuestionType.TrueFalse, [], Correct: 1),
        ],
        _ => [],
    };
}
