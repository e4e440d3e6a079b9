using Training.BuildingBlocks.Contracts;
using Training.Modules.Crafts.Products;

namespace Training.Modules.Crafts.Pages.Products;

/// <summary>What the product editor posts: every field of a product, wholesale steps as rows, unit codes one per line or comma.</summary>
internal sealed class ProductForm
{
    /// <summary>The rows of wholesale steps the editor offers (the validator allows this many).</summary>
    public const int WholesaleRows = 5;

    public string? Title { get; set; }

    public string? TitleEn { get; set; }

    public string? Description { get; set; }

    public string? DescriptionEn { get; set; }

    public string? Craft { get; set; }

    public string? Materials { get; set; }

    public string? MaterialOrigin { get; set; }

    public string? Dimensions { get; set; }

    public int? WeightGrams { get; set; }

    public string? Care { get; set; }

    public long? PriceRupiah { get; set; }

    public List<StepRow> Wholesale { get; set; } = [];

    public int? MinimumOrder { get; set; } = 1;

    public int? OrderMultiple { get; set; } = 1;

    public bool MadeToOrder { get; set; }

    public int? LeadTimeDays { get; set; }

    public string? UnitCodes { get; set; }

    public static ProductForm From(Product product) => new()
    {
        Title = product.Description.Title,
        TitleEn = product.Description.TitleEn,
        Description = product.Description.Description,
        DescriptionEn = product.Description.DescriptionEn,
        Craft = product.Description.Craft.ToString(),
        Materials = product.Description.Materials,
        MaterialOrigin = product.Description.MaterialOrigin,
        Dimensions = product.Description.Dimensions,
        WeightGrams = product.Description.WeightGrams,
        Care = product.Description.Care,
        PriceRupiah = product.Pricing.Retail.Amount,
        Wholesale = [.. product.Pricing.Wholesale.Select(t => new StepRow { MinQuantity = t.MinQuantity, PriceRupiah = t.UnitPrice.Amount })],
        MinimumOrder = product.Pricing.MinimumOrder,
        OrderMultiple = product.Pricing.OrderMultiple,
        MadeToOrder = product.Making.MadeToOrder,
        LeadTimeDays = product.Making.LeadTimeDays,
        UnitCodes = string.Join(Environment.NewLine, product.UnitCodes),
    };

    /// <summary>The rows to show: those filled in, then blank ones up to <see cref="WholesaleRows"/>.</summary>
    public IReadOnlyList<StepRow> Rows() => [.. Wholesale.Concat(Enumerable.Range(0, Math.Max(0, WholesaleRows - Wholesale.Count)).Select(_ => new StepRow()))];

    public DraftProduct ToDraft() => new(
        Title, TitleEn, Description, DescriptionEn, Craft, Materials, MaterialOrigin, Dimensions, WeightGrams, Care, Price(PriceRupiah), Steps(),
        MinimumOrder, OrderMultiple, MadeToOrder, LeadTimeDays, Codes());

    public ReviseProduct ToRevision(Guid id) => new(
        Title, TitleEn, Description, DescriptionEn, Craft, Materials, MaterialOrigin, Dimensions, WeightGrams, Care, Price(PriceRupiah), Steps(),
        MinimumOrder, OrderMultiple, MadeToOrder, LeadTimeDays, Codes())
    { ProductId = id };

    private List<WholesaleStep> Steps() =>
        [.. Wholesale.Where(r => r.MinQuantity is not null || r.PriceRupiah is not null).Select(r => new WholesaleStep(r.MinQuantity, Price(r.PriceRupiah)))];

    private List<string> Codes() =>
        [.. (UnitCodes ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static Rupiah? Price(long? amount) => amount is { } a ? new Rupiah(a) : null;
}

/// <summary>One wholesale row as typed: from how many units, at what unit price.</summary>
internal sealed class StepRow
{
    public int? MinQuantity { get; set; }

    public long? PriceRupiah { get; set; }
}
