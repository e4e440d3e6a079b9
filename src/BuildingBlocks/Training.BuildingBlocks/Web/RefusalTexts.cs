using FluentValidation;

namespace Training.BuildingBlocks.Web;

/// <summary>
/// A module's refusals in the reader's language (its <c>&lt;Module&gt;ErrorTexts</c>); the English
/// messages for API callers never reach a page.
/// </summary>
public interface IRefusalTexts
{
    /// <summary>
    /// What the form named <paramref name="form"/> asks of the fields <paramref name="refusal"/> turned down:
    /// each message beside its field, or one for the whole form, as the module's pages show them.
    /// </summary>
    IEnumerable<FieldRefusal> Invalid(string form, ValidationException refusal);

    string Rule(string code);

    /// <summary>The field a rule's refusal is shown beside, or null (the default) to show it on the whole form.</summary>
    string? FieldOf(string code) => null;

    string NotFound(string what);

    string Conflict();
}
