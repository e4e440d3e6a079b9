using JasperFx.Events;
using Marten.Events.Projections;
using Training.BuildingBlocks.Text;
using Training.Modules.Crafts.Products;
using Training.Modules.Crafts.Stock;

namespace Training.Modules.Crafts.Catalogue;

/// <summary>
/// One product as the public catalogue and the staff list read it: kept by <see cref="CatalogueProjection"/> in the
/// same save as every product and stock event, so a search reads indexed rows and never rebuilds an aggregate.
/// Only a <see cref="Listed"/> entry is public. The gallery's units and holds follow the product's stock ledger.
/// </summary>
internal sealed record CatalogueEntry
{
    public Guid Id { get; init; }

    public Guid FacilityId { get; init; }

    public string Slug { get; init; } = "";

    public ProductStatus Status { get; init; }

    /// <summary>True while published: the one flag every public read filters on.</summary>
    public bool Listed { get; init; }

    public string Title { get; init; } = "";

    public string Craft { get; init; } = "";

    public long Price { get; init; }

    public ProductDescription Description { get; init; } = null!;

    public Pricing Pricing { get; init; } = null!;

    public Making Making { get; init; } = null!;

    public IReadOnlyList<string> UnitCodes { get; init; } = [];

    public IReadOnlyList<Guid> PhotoIds { get; init; } = [];

    /// <summary>Title, description and materials in both languages, folded: lower case, no accents, words joined by spaces.</summary>
    public string SearchText { get; init; } = "";

    public int GalleryOnHand { get; init; }

    public int Reserved { get; init; }

    /// <summary>Some units in the gallery that no order holds: a buyer can have one now.</summary>
    public bool InStock { get; init; }

    public DateTimeOffset DraftedAt { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public static string Fold(IEnumerable<string?> texts) => " " + string.Join(' ', texts.OfType<string>().SelectMany(Folded.Words)) + " ";

    public CatalogueEntry Describe(ProductDescription description, Pricing pricing, Making making, IReadOnlyList<string> unitCodes) => this with
    {
        Description = description,
        Title = description.Title,
        Craft = description.Craft.ToString(),
        Pricing = pricing,
        Price = pricing.Retail.Amount,
        Making = making,
        UnitCodes = unitCodes,
        SearchText = Fold([description.Title, description.TitleEn, description.Description, description.DescriptionEn, description.Materials]),
    };

    /// <summary>The gallery's units and holds after one line of the stock ledger, as <see cref="StockLedger"/> counts them.</summary>
    public CatalogueEntry Count(StockMoved e)
    {
        var gallery = GalleryOnHand;
        var reserved = Reserved;
        switch (e.Kind)
        {
            case MovementKind.Produced:
                gallery += e.Location == StockLedger.Gallery ? e.Quantity : 0;
                break;
            case MovementKind.Reserved:
                reserved += e.Quantity;
                break;
            case MovementKind.Released:
                reserved -= e.Quantity;
                break;
            case MovementKind.Moved:
                gallery += (e.ToLocation == StockLedger.Gallery ? e.Quantity : 0) - (e.Location == StockLedger.Gallery ? e.Quantity : 0);
                break;
            default:
                gallery -= e.Location == StockLedger.Gallery ? e.Quantity : 0;
                reserved -= e.FromReservation;
                break;
        }

        return this with { GalleryOnHand = gallery, Reserved = reserved, InStock = gallery - reserved > 0 };
    }
}

/// <summary>Keeps one <see cref="CatalogueEntry"/> per product from the product's events and its stock ledger's, inline.</summary>
internal sealed class CatalogueProjection : MultiStreamProjection<CatalogueEntry, Guid>
{
    public CatalogueProjection()
    {
        Identity<ProductDrafted>(e => e.ProductId);
        Identity<ProductRevised>(e => e.ProductId);
        Identity<ProductPublished>(e => e.ProductId);
        Identity<ProductRetired>(e => e.ProductId);
        Identity<ProductPhotoAdded>(e => e.ProductId);
        Identity<ProductPhotoRemoved>(e => e.ProductId);
        Identity<StockMoved>(e => e.ProductId);
    }

    public override CatalogueEntry? Evolve(CatalogueEntry? snapshot, Guid id, IEvent e) => (snapshot, e.Data) switch
    {
        (_, ProductDrafted d) => new CatalogueEntry { Id = d.ProductId, FacilityId = d.FacilityId, Slug = d.Slug, Status = ProductStatus.Draft, DraftedAt = d.At }
            .Describe(d.Description, d.Pricing, d.Making, d.UnitCodes),
        (null, _) => null,
        ({ } entry, ProductRevised r) => entry.Describe(r.Description, r.Pricing, r.Making, r.UnitCodes),
        ({ } entry, ProductPublished p) => entry with { Status = ProductStatus.Published, Listed = true, PublishedAt = entry.PublishedAt ?? p.At },
        ({ } entry, ProductRetired) => entry with { Status = ProductStatus.Retired, Listed = false },
        ({ } entry, ProductPhotoAdded a) => entry with { PhotoIds = [.. entry.PhotoIds, a.FileId] },
        ({ } entry, ProductPhotoRemoved r) => entry with { PhotoIds = [.. entry.PhotoIds.Where(p => p != r.FileId)] },
        ({ } entry, StockMoved m) => entry.Count(m),
        ({ } entry, _) => entry,
    };
}
