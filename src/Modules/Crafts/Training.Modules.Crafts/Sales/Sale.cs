using Training.BuildingBlocks.Contracts;

namespace Training.Modules.Crafts.Sales;

/// <summary>How a bazaar buyer paid.</summary>
internal enum PaymentMethod
{
    Transfer,
    Cash,
    Qris,
}

/// <summary>
/// Goods an officer sold over the counter at the gallery, a bazaar or an exhibition: what was sold at what
/// price, where, how it was paid and the payment's reference, who recorded it and when.
/// </summary>
internal sealed record Sale(Guid Id, Guid FacilityId, string Location, PaymentMethod Method, string? Reference, IReadOnlyList<SaleLine> Lines, Guid By, DateTimeOffset At)
{
    public static Sale Create(SaleRecorded e) => new(e.SaleId, e.FacilityId, e.Location, e.Method, e.Reference, e.Lines, e.By, e.At);

    public Rupiah Total => Rupiah.Sum(Lines.Select(l => l.UnitPrice * l.Quantity));
}

internal sealed record SaleLine(Guid ProductId, string Title, int Quantity, Rupiah UnitPrice);

internal sealed record SaleRecorded(Guid SaleId, Guid FacilityId, string Location, PaymentMethod Method, string? Reference, IReadOnlyList<SaleLine> Lines, Guid By, DateTimeOffset At);
