using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Training.BuildingBlocks.Contracts;

/// <summary>
/// An amount of money in whole rupiah: prices, costs, premi and payouts are never fractions of a rupiah,
/// so every split is done in whole units and sums exactly. Written as a JSON number (<c>150000</c>).
/// </summary>
[JsonConverter(typeof(RupiahJsonConverter))]
public readonly record struct Rupiah(long Amount) : IComparable<Rupiah>
{
    public static readonly Rupiah Zero = new(0);

    public bool IsNegative => Amount < 0;

    public static Rupiah operator +(Rupiah left, Rupiah right) => new(checked(left.Amount + right.Amount));

    public static Rupiah operator -(Rupiah left, Rupiah right) => new(checked(left.Amount - right.Amount));

    public static Rupiah operator *(Rupiah price, int quantity) => new(checked(price.Amount * quantity));

    public static bool operator <(Rupiah left, Rupiah right) => left.Amount < right.Amount;

    public static bool operator >(Rupiah left, Rupiah right) => left.Amount > right.Amount;

    public static bool operator <=(Rupiah left, Rupiah right) => left.Amount <= right.Amount;

    public static bool operator >=(Rupiah left, Rupiah right) => left.Amount >= right.Amount;

    public static Rupiah Sum(IEnumerable<Rupiah> amounts) => amounts.Aggregate(Zero, (total, amount) => total + amount);

    public int CompareTo(Rupiah other) => Amount.CompareTo(other.Amount);

    /// <summary>"Rp 150.000": the way Indonesian price tags and receipts write it.</summary>
    public override string ToString() =>
        (Amount < 0 ? "-Rp " : "Rp ") + Math.Abs(Amount).ToString("#,0", CultureInfo.GetCultureInfo("id-ID"));
}

/// <summary>Reads and writes a <see cref="Rupiah"/> as a whole JSON number; a fraction or text is a JSON error.</summary>
public sealed class RupiahJsonConverter : JsonConverter<Rupiah>
{
    public override Rupiah Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var amount)
            ? new Rupiah(amount)
            : throw new JsonException("An amount of rupiah is a whole number.");

    public override void Write(Utf8JsonWriter writer, Rupiah value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Amount);
}
