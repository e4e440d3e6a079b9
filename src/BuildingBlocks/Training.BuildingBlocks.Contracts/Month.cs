using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Training.BuildingBlocks.Contracts;

/// <summary>
/// A calendar month, written <c>YYYY-MM</c> ("2027-03") in JSON, query strings and texts: how Bekal speaks
/// of availability and of figures by month, never an exact date. Months compare, and subtract as a number
/// of months. Which month it is now depends on the zone: ask <c>FacilityTime</c> for the day first.
/// </summary>
[JsonConverter(typeof(MonthJsonConverter))]
public readonly record struct Month : IComparable<Month>, IParsable<Month>
{
    public Month(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 12);
        Year = year;
        Number = number;
    }

    public int Year { get; }

    /// <summary>1 for January to 12 for December.</summary>
    public int Number { get; }

    /// <summary>Months since the start of year 0 (year × 12 + month − 1): whole numbers a database can index and compare.</summary>
    public int Index => (Year * 12) + Number - 1;

    public DateOnly FirstDay => new(Year, Number, 1);

    public static Month FromIndex(int index) => new(index / 12, (index % 12) + 1);

    public static Month Of(DateOnly day) => new(day.Year, day.Month);

    public Month AddMonths(int months) => FromIndex(Index + months);

    public static int operator -(Month later, Month earlier) => later.Index - earlier.Index;

    public static bool operator <(Month left, Month right) => left.Index < right.Index;

    public static bool operator >(Month left, Month right) => left.Index > right.Index;

    public static bool operator <=(Month left, Month right) => left.Index <= right.Index;

    public static bool operator >=(Month left, Month right) => left.Index >= right.Index;

    public int CompareTo(Month other) => Index.CompareTo(other.Index);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Number:D2}");

    /// <summary>Reads exactly <c>YYYY-MM</c>: four digits, a hyphen, two digits from 01 to 12.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Month month)
    {
        month = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 1 || number is < 1 or > 12)
        {
            return false;
        }

        month = new Month(year, number);
        return true;
    }

    public static Month Parse(string text) =>
        TryParse(text, out var month) ? month : throw new FormatException($"'{text}' is not a month written YYYY-MM.");

    static Month IParsable<Month>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Month>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Month result) => TryParse(s, out result);
}

/// <summary>Writes a <see cref="Month"/> as <c>"YYYY-MM"</c> and reads it back; anything else is a JSON error.</summary>
public sealed class MonthJsonConverter : JsonConverter<Month>
{
    public override Month Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Month.TryParse(reader.GetString(), out var month)
            ? month
            : throw new JsonException("A month is written as a string YYYY-MM.");

    public override void Write(Utf8JsonWriter writer, Month value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
