using FluentValidation;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Crafts.Web;

/// <summary>Refusals in the reader's language by their code; the English messages for API callers never reach a page.</summary>
internal sealed class CraftsErrorTexts(IStringLocalizer<CraftsResource> text) : IRefusalTexts
{
    /// <summary>Long forms whose refused fields are each marked beside the field, so nobody searches a long page for what to fix.</summary>
    private static readonly HashSet<string> FieldByField = ["Product"];

    public string Rule(string code) => Known($"Error.{code}") ?? text["Error.Refused"];

    public string NotFound(string what) => Known($"Error.not-found.{what}") ?? text["Error.not-found"];

    /// <summary>
    /// What the form named <paramref name="form"/> asks of the fields that were refused, said once for the whole
    /// form: a rule's own text when it has a code, else the field's text, else one text for the form. A long form
    /// (<see cref="FieldByField"/>) instead gets each field's text beside that field.
    /// </summary>
    public IEnumerable<FieldRefusal> Invalid(string form, ValidationException refusal)
    {
        if (FieldByField.Contains(form))
        {
            return refusal.Errors
                .Select(e => Field(e.PropertyName))
                .Distinct(StringComparer.Ordinal)
                .Select(field => new FieldRefusal(field, Known($"Error.invalid.{form}.{field}") ?? text["Error.invalid"]));
        }


        var said = refusal.Errors
            .Select(e => Known($"Error.{e.ErrorCode}") ?? Known($"Error.invalid.{form}.{Field(e.PropertyName)}"))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return [new(null, said.Count > 0 ? string.Join(" ", said) : Known($"Error.invalid.{form}") ?? text["Error.invalid"])];
    }

    public string Conflict() => text["Error.conflict"];

    /// <summary>Wholesale steps that are not cheaper stand beside the product editor's wholesale table.</summary>
    public string? FieldOf(string code) => code == "product.tiers-not-cheaper" ? "Wholesale" : null;

    /// <summary>"WorkTypes[0]" and "workTypes" are the same field.</summary>
    private static string Field(string property)
    {
        var name = property.Split('[', '.')[0];
        return name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
    }

    private string? Known(string key) => text[key] is { ResourceNotFound: false } found ? found.Value : null;
}
