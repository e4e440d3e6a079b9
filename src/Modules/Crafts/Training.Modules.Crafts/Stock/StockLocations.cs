using FluentValidation;

namespace Training.Modules.Crafts.Stock;

/// <summary>Where stock is kept, by a short name the officer types ("gallery", "Pameran Kriya Jakarta"): trimmed, the gallery when left out.</summary>
internal static class StockLocations
{
    public const int MaxLength = 80;

    public static string Named(string? location) => string.IsNullOrWhiteSpace(location) ? StockLedger.Gallery : location.Trim();

    public static IRuleBuilderOptions<T, string?> IsLocation<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(l => l is null || l.Trim().Length <= MaxLength).WithMessage($"A location is named in at most {MaxLength} characters.");
}
