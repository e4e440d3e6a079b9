using FluentValidation;

namespace Training.BuildingBlocks.Web;

/// <summary>A module's refusals in the reader's language; the English messages for API callers never reach a page.</summary>
public interface IRefusalTexts
{
    /// <summary>What the form named <paramref name="form"/> asks of the fields <paramref name="refusal"/> turned down.</summary>
    string Invalid(string form, ValidationException refusal);

    string Rule(string code);

    string NotFound(string what);

    string Conflict();
}
