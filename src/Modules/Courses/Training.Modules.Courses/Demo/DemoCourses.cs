using Training.Modules.Courses.Contracts;
using Training.Modules.Courses.Courses;

namespace Training.Modules.Courses.Demo;

/// <summary>Three courses the Palangka Raya facility really runs: knitting, purun-grass weaving and hand-drawn batik.</summary>
internal static class DemoCourses
{
    public static IReadOnlyList<CourseContent> All =>
    [
        new("Merajut Dasar: Tas dan Dompet",
            "Belajar merajut dari tusuk rantai sampai tas jinjing siap jual, dengan benang katun dan hakpen.",
            SkillCategory.Knitting, 40, 75, 36,
            [
                Unit("C.131000.011.01", "Menyiapkan alat dan bahan rajut", "Hakpen dipilih sesuai ketebalan benang", "Benang digulung rapi tanpa kusut"),
                Unit("C.131000.012.01", "Membuat rajutan dasar", "Tusuk rantai rata dan sama besar", "Tusuk tunggal dan ganda sesuai pola", "Ukuran hasil sesuai pola"),
                Unit("C.131000.013.01", "Menyelesaikan produk rajut", "Sambungan dijahit tersembunyi", "Produk bersih dan siap dikemas"),
            ],
            [
                Lesson("Mengenal hakpen dan benang", "Hakpen nomor **4–5 mm** cocok untuk benang katun sedang.\n\n- Pegang hakpen seperti pensil\n- Lilitkan benang di jari telunjuk"),
                Lesson("Tusuk rantai", "Buat simpul hidup, lalu tarik benang melalui simpul. Ulangi **20 kali** dengan tegangan yang sama."),
                Lesson("Tusuk tunggal dan tusuk ganda", "Tusuk tunggal membuat rajutan rapat untuk dasar tas. Tusuk ganda lebih cepat dan lentur."),
                Lesson("Merangkai tas jinjing", "Rajut dua panel 25 × 30 cm, sambung sisi-sisinya, lalu buat tali dari 60 tusuk rantai rangkap."),
            ]),
        new("Anyaman Purun: Tikar dan Tas",
            "Mengolah purun kering khas Kalimantan Tengah menjadi tikar, tas dan wadah yang kuat dan rapi.",
            SkillCategory.Weaving, 48, 80, 36,
            [
                Unit("C.132000.021.01", "Mengolah bahan purun", "Purun dijemur sampai kering merata", "Purun dipipihkan tanpa pecah", "Pewarnaan merata bila diwarnai"),
                Unit("C.132000.022.01", "Menganyam pola dasar", "Anyaman rapat tanpa celah", "Pola kepang dua dan kepang tiga sesuai contoh"),
                Unit("C.132000.023.01", "Membentuk produk anyaman", "Tepi dilipat dan dijahit rapi", "Bentuk simetris sesuai ukuran pesanan"),
            ],
            [
                Lesson("Memilih dan mengeringkan purun", "Pilih batang purun yang tua dan lurus. Jemur **3–4 hari** sampai warnanya krem merata."),
                Lesson("Memipihkan dan mewarnai", "Tumbuk purun dengan alu kayu sampai pipih. Rendam dalam pewarna alami bila ingin berwarna."),
                Lesson("Anyaman kepang dua", "Susun 10 helai menegak dan anyam 10 helai mendatar: satu di atas, satu di bawah."),
                Lesson("Membuat tas purun", "Bentuk dasar 20 × 10 cm, tegakkan sisi-sisinya, lalu lipat dan jahit tepi atas."),
            ]),
        new("Batik Tulis Motif Kalimantan",
            "Membatik dengan canting dan malam: dari pola batang garing sampai pewarnaan dan pelorodan.",
            SkillCategory.Batik, 60, 80, null,
            [
                Unit("C.133000.031.01", "Menyiapkan kain dan pola", "Kain diketel sampai bersih dari kanji", "Pola digambar tipis dan simetris"),
                Unit("C.133000.032.01", "Mencanting", "Malam menembus kain bolak-balik", "Garis canting tidak putus dan tidak meluber"),
            ],
            [
                Lesson("Kain, malam dan canting", "Gunakan kain katun primisima. Panaskan malam sampai cair tetapi tidak berasap."),
                Lesson("Motif batang garing", "Batang garing adalah pohon kehidupan suku Dayak. Gambar batang di tengah, cabang ke kiri dan kanan."),
                Lesson("Mencanting garis dan isen", "Tiup ujung canting sebelum menempel kain. Mulai dari garis luar, lalu isen-isen."),
                Lesson("Mewarnai dan melorod", "Celup kain dalam pewarna, keringkan di tempat teduh, lalu rebus untuk melepas malam."),
            ]),
    ];

    private static CompetencyUnit Unit(string code, string title, params string[] criteria) => new(Guid.NewGuid(), code, title, criteria);

    private static Lesson Lesson(string title, string body) => new(Guid.NewGuid(), title, body);
}
