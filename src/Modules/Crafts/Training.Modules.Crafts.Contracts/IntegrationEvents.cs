using Training.BuildingBlocks.Contracts;

namespace Training.Modules.Crafts.Contracts;

/// <summary>Where a sale was made: an order (from the catalogue or an employer), a bazaar or exhibition, or a partner shop.</summary>
public enum SaleChannel
{
    Order,
    Bazaar,
    PartnerShop,
}

/// <summary>
/// Goods were paid for and handed over: an order completed or a bazaar sale recorded. Each line says which
/// production batches its units came from (oldest first) and their material cost, so the profit can be
/// allocated to the batch's makers; shipping is not part of any line.
/// </summary>
public sealed record SaleCompletedIntegrationEvent(Guid SaleId, Guid FacilityId, SaleChannel Channel, DateTimeOffset CompletedAt, IReadOnlyList<SoldLine> Lines)
    : IIntegrationEvent;

/// <summary>Units of one product sold at one price, and the batches they were drawn from.</summary>
public sealed record SoldLine(Guid ProductId, string Craft, int Quantity, Rupiah UnitPrice, IReadOnlyList<SoldFromBatch> Batches)
{
    public Rupiah Amount => UnitPrice * Quantity;
}

/// <summary>Units drawn from one batch, with their share of the batch's material cost in whole rupiah.</summary>
public sealed record SoldFromBatch(Guid BatchId, int Units, Rupiah MaterialCost);

/// <summary>A maker's premi was credited from an allocated sale.</summary>
public sealed record PremiCreditedIntegrationEvent(Guid LearnerId, Guid FacilityId, Guid SaleId, Guid BatchId, Rupiah Amount, DateTimeOffset CreditedAt)
    : IIntegrationEvent;

/// <summary>A payout of premi to a maker was confirmed by a second officer.</summary>
public sealed record PremiPaidOutIntegrationEvent(Guid PayoutId, Guid LearnerId, Guid FacilityId, Rupiah Amount, string Method, DateTimeOffset ConfirmedAt)
    : IIntegrationEvent;
