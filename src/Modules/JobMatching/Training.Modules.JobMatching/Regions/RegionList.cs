namespace Training.Modules.JobMatching.Regions;

/// <summary>
/// Indonesia's 38 provinces by their official names and BPS codes, and the regencies and cities
/// (kabupaten/kota) of the provinces Bekal serves first: Kalimantan Tengah (all 14), Kalimantan
/// Selatan, Kalimantan Timur and Jakarta. Other provinces are chosen without a regency.
/// </summary>
internal static class RegionList
{
    public static readonly IReadOnlyList<Province> Provinces =
    [
        new("11", "Aceh"),
        new("12", "Sumatera Utara"),
        new("13", "Sumatera Barat"),
        new("14", "Riau"),
        new("15", "Jambi"),
        new("16", "Sumatera Selatan"),
        new("17", "Bengkulu"),
        new("18", "Lampung"),
        new("19", "Kepulauan Bangka Belitung"),
        new("21", "Kepulauan Riau"),
        new("31", "DKI Jakarta", ["Daerah Khusus Jakarta", "Daerah Khusus Ibukota Jakarta", "Jakarta"],
        [
            new("3101", "Kepulauan Seribu"),
            new("3171", "Kota Jakarta Selatan"),
            new("3172", "Kota Jakarta Timur"),
            new("3173", "Kota Jakarta Pusat"),
            new("3174", "Kota Jakarta Barat"),
            new("3175", "Kota Jakarta Utara"),
        ]),
        new("32", "Jawa Barat"),
        new("33", "Jawa Tengah"),
        new("34", "DI Yogyakarta", ["Daerah Istimewa Yogyakarta", "Yogyakarta"], []),
        new("35", "Jawa Timur"),
        new("36", "Banten"),
        new("51", "Bali"),
        new("52", "Nusa Tenggara Barat"),
        new("53", "Nusa Tenggara Timur"),
        new("61", "Kalimantan Barat"),
        new("62", "Kalimantan Tengah", [],
        [
            new("6201", "Kotawaringin Barat"),
            new("6202", "Kotawaringin Timur"),
            new("6203", "Kapuas"),
            new("6204", "Barito Selatan"),
            new("6205", "Barito Utara"),
            new("6206", "Sukamara"),
            new("6207", "Lamandau"),
            new("6208", "Seruyan"),
            new("6209", "Katingan"),
            new("6210", "Pulang Pisau"),
            new("6211", "Gunung Mas"),
            new("6212", "Barito Timur"),
            new("6213", "Murung Raya"),
            new("6271", "Kota Palangka Raya"),
        ]),
        new("63", "Kalimantan Selatan", [],
        [
            new("6301", "Tanah Laut"),
            new("6302", "Kotabaru"),
            new("6303", "Banjar"),
            new("6304", "Barito Kuala"),
            new("6305", "Tapin"),
            new("6306", "Hulu Sungai Selatan"),
            new("6307", "Hulu Sungai Tengah"),
            new("6308", "Hulu Sungai Utara"),
            new("6309", "Tabalong"),
            new("6310", "Tanah Bumbu"),
            new("6311", "Balangan"),
            new("6371", "Kota Banjarmasin"),
            new("6372", "Kota Banjarbaru"),
        ]),
        new("64", "Kalimantan Timur", [],
        [
            new("6401", "Paser"),
            new("6402", "Kutai Barat"),
            new("6403", "Kutai Kartanegara"),
            new("6404", "Kutai Timur"),
            new("6405", "Berau"),
            new("6409", "Penajam Paser Utara"),
            new("6411", "Mahakam Ulu"),
            new("6471", "Kota Balikpapan"),
            new("6472", "Kota Samarinda"),
            new("6474", "Kota Bontang"),
        ]),
        new("65", "Kalimantan Utara"),
        new("71", "Sulawesi Utara"),
        new("72", "Sulawesi Tengah"),
        new("73", "Sulawesi Selatan"),
        new("74", "Sulawesi Tenggara"),
        new("75", "Gorontalo"),
        new("76", "Sulawesi Barat"),
        new("81", "Maluku"),
        new("82", "Maluku Utara"),
        new("91", "Papua Barat"),
        new("92", "Papua Barat Daya"),
        new("94", "Papua"),
        new("95", "Papua Selatan"),
        new("96", "Papua Tengah"),
        new("97", "Papua Pegunungan"),
    ];
}

/// <summary>A province: its BPS code, official name, other names people use for it, and its regencies and cities when shipped.</summary>
internal sealed record Province(string Code, string Name, IReadOnlyList<string> OtherNames, IReadOnlyList<Regency> Regencies)
{
    public Province(string code, string name)
        : this(code, name, [], [])
    {
    }
}

/// <summary>A regency (kabupaten, named without the word) or city (named "Kota ...") by its BPS code.</summary>
internal sealed record Regency(string Code, string Name);
