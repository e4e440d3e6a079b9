using System.Numerics;
using Training.BuildingBlocks.Contracts;

namespace Training.Modules.Crafts.Premi;

/// <summary>
/// Splits whole rupiah in proportion to weights so that the parts sum exactly to the whole (largest remainder,
/// Hamilton's method): each part gets the whole rupiah of its exact quota, and the rupiah left over go one each to
/// the largest fractions, the earlier weight first on a tie. Exact: the quotas are compared as integers, never rounded.
/// </summary>
internal static class LargestRemainder
{
    public static IReadOnlyList<Rupiah> Split(Rupiah total, IReadOnlyList<decimal> weights)
    {
        if (total.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(total), "Only a positive amount or nothing is split.");
        }

        if (weights.Count == 0 || weights.Any(w => w < 0))
        {
            throw new ArgumentException("Weights are zero or more, and there is at least one.", nameof(weights));
        }

        var scale = weights.Max(w => w.Scale);
        var scaled = weights.Select(w => Integer(w, scale)).ToArray();
        var sum = scaled.Aggregate(BigInteger.Zero, (all, w) => all + w);
        if (sum.IsZero)
        {
            throw new ArgumentException("At least one weight is more than zero.", nameof(weights));
        }

        var parts = new long[scaled.Length];
        var remainders = new BigInteger[scaled.Length];
        for (var i = 0; i < scaled.Length; i++)
        {
            parts[i] = (long)BigInteger.DivRem(total.Amount * scaled[i], sum, out remainders[i]);
        }

        var left = total.Amount - parts.Sum();
        foreach (var i in Enumerable.Range(0, parts.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take((int)left))
        {
            parts[i]++;
        }

        return [.. parts.Select(p => new Rupiah(p))];
    }

    /// <summary>The decimal times 10^<paramref name="scale"/>, as the integer it then is.</summary>
    private static BigInteger Integer(decimal value, int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        return mantissa * BigInteger.Pow(10, scale - value.Scale);
    }
}
