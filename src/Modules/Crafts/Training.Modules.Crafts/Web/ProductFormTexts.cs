using FluentValidation;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Text;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Crafts.Web;

/// <summary>
/// The product editor's refusals: each refused field gets its own message beside it (a long form would otherwise
/// leave the trainer searching), the rest as <see cref="CraftsErrorTexts"/> says them.
/// </summary>
internal sealed class ProductFormTexts(CraftsErrorTexts errors, IStringLocalizer<CraftsResource> text) : IRefusalTexts
{
    public IEnumerable<FieldRefusal> Invalid(string form, ValidationException refusal) =>
        refusal.Errors
            .Select(e => Field(e.PropertyName))
            .Distinct(StringComparer.Ordinal)
            .Select(field => new FieldRefusal(field, text[$"Error.invalid.{form}.{field}"] is { ResourceNotFound: false } found ? found.Value : text["Error.invalid"].Value));

    public string Rule(string code) => errors.Rule(code);

    /// <summary>Refusals about the product's words stand beside the title; wholesale steps beside their table.</summary>
    public string? FieldOf(string code) => code switch
    {
        PublicText.Refusal => "Title",
        "product.tiers-not-cheaper" => "Wholesale",
        _ => null,
    };

    public string NotFound(string what) => errors.NotFound(what);

    public string Conflict() => errors.Conflict();

    /// <summary>"Wholesale[0].MinQuantity" is the wholesale table, "UnitCodes[2]" the unit codes.</summary>
    private static string Field(string property)
    {
        var name = property.Split('[', '.')[0];
        return name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
    }
}
