using System.Security.Cryptography;
using Training.BuildingBlocks.Contracts;

namespace Training.Modules.Crafts.Batches;

/// <summary>
/// One production run of a product (batch produksi): how many were made and when, what the materials
/// cost, and each maker's contribution, which decides her part of the premi when the units sell. Its code
/// is printed on the hang-tags and opens the public provenance page, so it names no facility.
/// </summary>
internal sealed record Batch(Guid Id, Guid FacilityId, Guid ProductId, string Code, int Quantity, DateOnly ProducedOn, Rupiah MaterialCost, IReadOnlyList<MakerShare> Makers)
{
    public static Batch Create(BatchRecorded e) => new(e.BatchId, e.FacilityId, e.ProductId, e.Code, e.Quantity, e.ProducedOn, e.MaterialCost, e.Makers);
}

/// <summary>A maker's contribution to a batch, in units made or hours worked: only its ratio to the others counts.</summary>
internal sealed record MakerShare(Guid LearnerId, decimal Share);

internal sealed record BatchRecorded(
    Guid BatchId,
    Guid FacilityId,
    Guid ProductId,
    string Code,
    int Quantity,
    DateOnly ProducedOn,
    Rupiah MaterialCost,
    IReadOnlyList<MakerShare> Makers,
    Guid By,
    DateTimeOffset At);

/// <summary>Batch codes as printed on tags: "B26-7K3QMZ", the year and six letters or digits easy to read aloud.</summary>
internal static class BatchCodes
{
    // Crockford's alphabet: no I, L, O or U to confuse with 1, 0 or V.
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New(DateOnly producedOn) =>
        $"B{producedOn.Year % 100:D2}-{new string([.. Enumerable.Range(0, 6).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)])])}";
}
