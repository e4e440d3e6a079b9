using System.Text.Json;
using FluentAssertions;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Time;
using Xunit;

namespace Training.Host.Tests.Time;

public sealed class TellingFacilityTimeAndMonths
{
    private static readonly DateTimeOffset NewYearsEveLate = new(2026, 12, 31, 16, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_facility_tells_the_day_in_its_own_zone() =>
        FacilityTime.Day(NewYearsEveLate, "Asia/Makassar").Should().Be(new DateOnly(2027, 1, 1), "16:30 UTC is 00:30 WITA");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus")]
    public void A_facility_without_a_known_zone_tells_time_in_the_platforms(string? zone)
    {
        FacilityTime.Day(NewYearsEveLate, zone).Should().Be(new DateOnly(2026, 12, 31), "16:30 UTC is 23:30 WIB");
        FacilityTime.Abbreviation(zone).Should().Be("WIB");
    }

    [Theory]
    [InlineData("Asia/Jakarta", "WIB")]
    [InlineData("Asia/Makassar", "WITA")]
    [InlineData("Asia/Jayapura", "WIT")]
    [InlineData("Europe/Amsterdam", "Europe/Amsterdam")]
    public void A_zone_goes_by_the_name_Indonesians_give_it(string zone, string name) =>
        FacilityTime.Abbreviation(zone).Should().Be(name);

    [Fact]
    public void Months_read_back_as_written_and_count_in_whole_months()
    {
        var january = Month.Parse("2027-01");
        var december = Month.Parse("2026-12");

        (january - december).Should().Be(1);
        january.Should().BeGreaterThan(december);
        december.AddMonths(1).Should().Be(january);
        Month.FromIndex(january.Index).Should().Be(january);
        january.ToString().Should().Be("2027-01");
        Month.Of(new DateOnly(2027, 3, 31)).Should().Be(new Month(2027, 3));
    }

    [Theory]
    [InlineData("2027-1")]
    [InlineData("2027-00")]
    [InlineData("2027-13")]
    [InlineData("27-01-01")]
    [InlineData("2027/01")]
    [InlineData("+027-01")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_but_YYYY_MM_is_no_month(string? text) =>
        Month.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void A_month_travels_in_JSON_as_YYYY_MM()
    {
        JsonSerializer.Serialize(new { availableFrom = new Month(2027, 3) }).Should().Be("""{"availableFrom":"2027-03"}""");
        JsonSerializer.Deserialize<Month>("\"2027-03\"").Should().Be(new Month(2027, 3));
        FluentActions.Invoking(() => JsonSerializer.Deserialize<Month>("\"2027-3\"")).Should().Throw<JsonException>();
    }
}
