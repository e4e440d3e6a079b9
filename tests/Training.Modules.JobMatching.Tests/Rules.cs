using FluentAssertions;
using Training.BuildingBlocks.Text;
using Training.Modules.JobMatching.Profiles;
using Training.Modules.JobMatching.Regions;
using Xunit;

namespace Training.Modules.JobMatching.Tests;

public sealed class Rules
{
    [Theory]
    [InlineData("Siti Aminah", "siti99", true)]
    [InlineData("Siti Aminah", "S.i.t.i", true)]
    [InlineData("Siti Aminah", "Rajut Aminah", true)]
    [InlineData("Déwi Lestari", "dewi-rajut", true)]
    [InlineData("Dewi Lestari", "DÉWÍ", true)]
    [InlineData("Nur Aisyah", "Nurani", true)]
    [InlineData("Nur Aisyah", "Aisya", false)]
    [InlineData("Ani Wulandari", "An", false)]
    [InlineData("Nur Aisyah", "Purun Bersinar", false)]
    [InlineData("Rina Marlina", "Tangan Terampil", false)]
    public void An_alias_holds_a_name_when_it_contains_a_word_of_three_letters_or_more(string name, string alias, bool holds) =>
        CustodyWords.AppearIn(alias, [], new TextOwner(name, "WB-2026-001")).Should().Be(holds);

    [Theory]
    [InlineData("Perajut dari LPP", true)]
    [InlineData("mantan Warga  Binaan", true)]
    [InlineData("Pernah di PENJARA", true)]
    [InlineData("Bekas napi yang tekun", true)]
    [InlineData("Former inmate, skilled weaver", true)]
    [InlineData("Lulusan Lapas Uji Palangka", true)]
    [InlineData("Alumni F-1234ABCD", true)]
    [InlineData("Nomor saya WB 2026 001", true)]
    [InlineData("Penganyam purun, supplier kain", false)]
    [InlineData("Ketahanan kerja tinggi", false)]
    [InlineData("Uji kompetensi lulus", false)]
    public void A_text_names_custody_when_it_holds_a_custody_word_a_facility_or_the_learners_number(string text, bool names) =>
        CustodyWords.AppearIn(text, ["Lapas Uji", "F-1234ABCD"], new TextOwner("Siti Aminah", "WB-2026-001")).Should().Be(names);

    [Theory]
    [InlineData("Kalimantan Tengah", "62")]
    [InlineData("kalimantan tengah", "62")]
    [InlineData("62", "62")]
    [InlineData("Daerah Istimewa Yogyakarta", "34")]
    [InlineData("Papua Barat Daya", "92")]
    public void A_province_is_found_by_name_in_any_case_or_by_code(string text, string code) =>
        RegionIndex.FindProvince(text)!.Code.Should().Be(code);

    [Theory]
    [InlineData("Kota Palangka Raya", "6271")]
    [InlineData("KOTA PALANGKA RAYA", "6271")]
    [InlineData("62.71", "6271")]
    [InlineData("Kab. Gunung Mas", "6211")]
    [InlineData("Kabupaten Murung Raya", "6213")]
    public void A_regency_is_found_within_its_province(string text, string code) =>
        RegionIndex.FindRegency(RegionIndex.FindProvince("62")!, text)!.Code.Should().Be(code);

    [Fact]
    public void Months_count_in_whole_numbers_and_read_back_as_written()
    {
        Months.TryParse("2027-01", out var january).Should().BeTrue();
        Months.TryParse("2026-12", out var december).Should().BeTrue();

        (january - december).Should().Be(1);
        Months.Format(january).Should().Be("2027-01");
        Months.TryParse("2027-1", out _).Should().BeFalse();
        Months.TryParse("2027-00", out _).Should().BeFalse();
    }
}
