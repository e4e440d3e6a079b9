using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Errors;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Crafts.Products;

internal enum ProductStatus
{
    Draft,
    Published,
    Retired,
}

/// <summary>
/// A craft item for sale. A trainer or officer drafts it; an officer publishes it to the public catalogue
/// and may retire it. Its slug is its public address and never changes, so shared links keep working.
/// </summary>
internal sealed record Product(
    Guid Id,
    Guid FacilityId,
    string Slug,
    ProductDescription Description,
    Pricing Pricing,
    Making Making,
    IReadOnlyList<string> UnitCodes,
    IReadOnlyList<Guid> PhotoIds,
    ProductStatus Status,
    DateTimeOffset DraftedAt,
    DateTimeOffset? PublishedAt)
{
    public static Product Create(ProductDrafted e) =>
        new(e.ProductId, e.FacilityId, e.Slug, e.Description, e.Pricing, e.Making, e.UnitCodes, [], ProductStatus.Draft, e.At, null);

    public Product Apply(ProductRevised e) => this with { Description = e.Description, Pricing = e.Pricing, Making = e.Making, UnitCodes = e.UnitCodes };

    public Product Apply(ProductPublished e) => this with { Status = ProductStatus.Published, PublishedAt = PublishedAt ?? e.At };

    public Product Apply(ProductRetired e) => this with { Status = ProductStatus.Retired };

    public Product Apply(ProductPhotoAdded e) => this with { PhotoIds = [.. PhotoIds, e.FileId] };

    public Product Apply(ProductPhotoRemoved e) => this with { PhotoIds = [.. PhotoIds.Where(p => p != e.FileId)] };

    public bool IsPublished => Status == ProductStatus.Published;

    public ProductPublished Publish(Guid by, DateTimeOffset at) =>
        Status == ProductStatus.Draft ? new ProductPublished(Id, by, at) : throw new RuleBroken("product.not-draft", isConflict: true);

    public ProductRetired Retire(Guid by, DateTimeOffset at) =>
        Status != ProductStatus.Retired ? new ProductRetired(Id, by, at) : throw new RuleBroken("product.retired", isConflict: true);
}

/// <summary>What a buyer reads: title and description in Bahasa Indonesia (English when given), the craft and how it is made and kept.</summary>
internal sealed record ProductDescription(
    string Title,
    string? TitleEn,
    string Description,
    string? DescriptionEn,
    SkillCategory Craft,
    string Materials,
    string? MaterialOrigin,
    string? Dimensions,
    int? WeightGrams,
    string? Care)
{
    public IEnumerable<string?> PublicTexts() => [Title, TitleEn, Description, DescriptionEn, Materials, MaterialOrigin, Dimensions, Care];
}

/// <summary>One wholesale step: from this many units on, each costs this much.</summary>
internal sealed record WholesaleTier(int MinQuantity, Rupiah UnitPrice);

/// <summary>The retail price, cheaper wholesale steps, the smallest order and the multiple an order comes in.</summary>
internal sealed record Pricing(Rupiah Retail, IReadOnlyList<WholesaleTier> Wholesale, int MinimumOrder, int OrderMultiple)
{
    /// <summary>The unit price for an order of <paramref name="quantity"/>: the deepest wholesale step it reaches, else retail.</summary>
    public Rupiah UnitPriceFor(int quantity) =>
        Wholesale.Where(t => quantity >= t.MinQuantity).OrderByDescending(t => t.MinQuantity).Select(t => t.UnitPrice).FirstOrDefault(Retail);

    /// <summary>True when the quantity meets the minimum order and comes in the order multiple.</summary>
    public bool Allows(int quantity) => quantity >= MinimumOrder && quantity % OrderMultiple == 0;

    /// <summary>Each step above the last is cheaper than it, and every step is cheaper than retail.</summary>
    public bool TiersDescend()
    {
        var ordered = Wholesale.OrderBy(t => t.MinQuantity).ToList();
        return ordered.Select(t => t.MinQuantity).Distinct().Count() == ordered.Count
            && ordered.Zip(ordered.Skip(1)).All(p => p.Second.UnitPrice < p.First.UnitPrice)
            && ordered.All(t => t.UnitPrice < Retail);
    }
}

/// <summary>Ready stock, or made to order within a lead time in days.</summary>
internal sealed record Making(bool MadeToOrder, int? LeadTimeDays);

internal sealed record ProductDrafted(
    Guid ProductId,
    Guid FacilityId,
    string Slug,
    ProductDescription Description,
    Pricing Pricing,
    Making Making,
    IReadOnlyList<string> UnitCodes,
    Guid By,
    DateTimeOffset At);

internal sealed record ProductRevised(Guid ProductId, ProductDescription Description, Pricing Pricing, Making Making, IReadOnlyList<string> UnitCodes, Guid By, DateTimeOffset At);

internal sealed record ProductPublished(Guid ProductId, Guid By, DateTimeOffset At);

internal sealed record ProductRetired(Guid ProductId, Guid By, DateTimeOffset At);

internal sealed record ProductPhotoAdded(Guid ProductId, Guid FileId, Guid By, DateTimeOffset At);

internal sealed record ProductPhotoRemoved(Guid ProductId, Guid FileId, Guid By, DateTimeOffset At);
