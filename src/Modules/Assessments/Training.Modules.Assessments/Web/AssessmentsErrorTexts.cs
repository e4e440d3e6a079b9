using FluentValidation;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Assessments.Web;

/// <summary>Refusals in the reader's language by their code; the English messages for API callers never reach a page.</summary>
internal sealed class AssessmentsErrorTexts(IStringLocalizer<AssessmentsResource> text) : IRefusalTexts
{
    public string Rule(string code) => Known($"Error.{code}") ?? text["Error.Refused"];

    public string NotFound(string what) => Known($"Error.not-found.{what}") ?? text["Error.not-found"];

    /// <summary>One text for the whole form, whichever fields were refused.</summary>
    public string Invalid() => text["Error.invalid"];

    IEnumerable<FieldRefusal> IRefusalTexts.Invalid(string form, ValidationException refusal) => [new(null, Invalid())];

    public string Conflict() => text["Error.conflict"];

    private string? Known(string key) => text[key] is { ResourceNotFound: false } found ? found.Value : null;
}
