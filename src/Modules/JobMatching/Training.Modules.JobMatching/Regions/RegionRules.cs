using System.Linq.Expressions;
using FluentValidation;

namespace Training.Modules.JobMatching.Regions;

internal static class RegionRules
{
    /// <summary>A province from the fixed list (name or BPS code); a regency, when given, of that province.</summary>
    public static void RuleForRegion<T>(this AbstractValidator<T> validator, Func<T, string?> province, Expression<Func<T, string?>> regency)
    {
        validator.RuleFor(x => province(x)).Must(p => RegionIndex.FindProvince(p) is not null)
            .OverridePropertyName("province").WithMessage("Name one of Indonesia's 38 provinces by its official name or BPS code.");
        validator.RuleFor(regency).Must((x, r) => string.IsNullOrWhiteSpace(r) || RegionIndex.FindProvince(province(x)) is not { } p || RegionIndex.FindRegency(p, r) is not null)
            .WithMessage("Name a regency or city of the province by its official name or BPS code, or leave it empty.");
    }
}
