using FluentValidation;
using Training.BuildingBlocks;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Text;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Crafts.Products;

/// <summary>What a trainer fills in for a product, the same when drafting it and when revising it.</summary>
internal interface IProductFields
{
    string? Title { get; }

    string? TitleEn { get; }

    string? Description { get; }

    string? DescriptionEn { get; }

    string? Craft { get; }

    string? Materials { get; }

    string? MaterialOrigin { get; }

    string? Dimensions { get; }

    int? WeightGrams { get; }

    string? Care { get; }

    Rupiah? PriceRupiah { get; }

    IReadOnlyList<WholesaleStep>? Wholesale { get; }

    int? MinimumOrder { get; }

    int? OrderMultiple { get; }

    bool MadeToOrder { get; }

    int? LeadTimeDays { get; }

    IReadOnlyList<string>? UnitCodes { get; }
}

/// <summary>A wholesale step as a form or API caller sends it.</summary>
internal sealed record WholesaleStep(int? MinQuantity = null, Rupiah? PriceRupiah = null);

internal sealed class ProductFieldsValidator<T> : AbstractValidator<T>
    where T : IProductFields
{
    public static readonly Rupiah HighestPrice = new(1_000_000_000);

    public ProductFieldsValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(100);
        RuleFor(x => x.TitleEn).MaximumLength(100);
        RuleFor(x => x.Description).NotEmpty().MaximumLength(4000);
        RuleFor(x => x.DescriptionEn).MaximumLength(4000);
        RuleFor(x => x.Craft).Must(c => EnumNames.Find<SkillCategory>(c) is not null).WithMessage("Use one of the platform's skill categories (e.g. Weaving, Knitting, Batik).");
        RuleFor(x => x.Materials).NotEmpty().MaximumLength(300);
        RuleFor(x => x.MaterialOrigin).MaximumLength(300);
        RuleFor(x => x.Dimensions).MaximumLength(100);
        RuleFor(x => x.WeightGrams).InclusiveBetween(1, 1_000_000);
        RuleFor(x => x.Care).MaximumLength(500);
        RuleFor(x => x.PriceRupiah).NotNull().Must(p => p is { Amount: > 0 } price && price <= HighestPrice).WithMessage("The price is a whole number of rupiah above 0.");
        RuleFor(x => x.Wholesale).Must(w => w is null || w.Count <= 5).WithMessage("At most 5 wholesale steps.");
        RuleForEach(x => x.Wholesale).ChildRules(step =>
        {
            step.RuleFor(s => s.MinQuantity).NotNull().InclusiveBetween(2, 100_000);
            step.RuleFor(s => s.PriceRupiah).NotNull().Must(p => p is { Amount: > 0 }).WithMessage("A wholesale price is a whole number of rupiah above 0.");
        });
        RuleFor(x => x.MinimumOrder).InclusiveBetween(1, 100_000);
        RuleFor(x => x.OrderMultiple).InclusiveBetween(1, 1_000);
        RuleFor(x => x.LeadTimeDays).NotNull().InclusiveBetween(1, 365).When(x => x.MadeToOrder).WithMessage("A made-to-order product says its lead time in days (1 to 365).");
        RuleFor(x => x.LeadTimeDays).InclusiveBetween(0, 365);
        RuleFor(x => x.UnitCodes).Must(u => u is null || u.Count <= 20).WithMessage("At most 20 unit codes.");
        RuleForEach(x => x.UnitCodes).Must(IsUnitCode).WithMessage("A unit code has letters, digits, dots and dashes (e.g. C.131000.001.01).");
    }

    private static bool IsUnitCode(string? text) =>
        text is { Length: > 0 and <= 40 } && text.Trim().Length > 0 && text.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '/');
}

/// <summary>Turns valid fields into the product's values.</summary>
internal static class ProductFields
{
    /// <summary>
    /// The description and pricing a draft or a revision stores, once the rules across fields hold: each wholesale
    /// step is cheaper than the one before, and every public text passes the shared custody-word check.
    /// </summary>
    public static async Task<(ProductDescription Description, Pricing Pricing)> CheckedAsync(IProductFields f, PublicText publicText, CancellationToken cancellationToken)
    {
        var pricing = Pricing(f);
        if (!pricing.TiersDescend())
        {
            throw new RuleBroken("product.tiers-not-cheaper");
        }

        var description = Description(f);
        await publicText.EnsureFitAsync(description.PublicTexts(), null, cancellationToken);
        return (description, pricing);
    }

    public static ProductDescription Description(IProductFields f) => new(
        f.Title!.Trim(), Optional(f.TitleEn), f.Description!.Trim(), Optional(f.DescriptionEn), EnumNames.Find<SkillCategory>(f.Craft)!.Value,
        f.Materials!.Trim(), Optional(f.MaterialOrigin), Optional(f.Dimensions), f.WeightGrams, Optional(f.Care));

    public static Pricing Pricing(IProductFields f) => new(
        f.PriceRupiah!.Value,
        [.. (f.Wholesale ?? []).Select(s => new WholesaleTier(s.MinQuantity!.Value, s.PriceRupiah!.Value)).OrderBy(t => t.MinQuantity)],
        f.MinimumOrder ?? 1,
        f.OrderMultiple ?? 1);

    public static Making Making(IProductFields f) => new(f.MadeToOrder, f.MadeToOrder ? f.LeadTimeDays : null);

    public static IReadOnlyList<string> UnitCodes(IProductFields f) =>
        [.. (f.UnitCodes ?? []).Select(c => c.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal)];

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
