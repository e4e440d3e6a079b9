using Microsoft.Extensions.Localization;

namespace Training.Modules.Assessments.Web;

/// <summary>Refusals in the reader's language by their code; the English messages for API callers never reach a page.</summary>
internal sealed class AssessmentErrorTexts(IStringLocalizer<AssessmentsResource> text)
{
    public string Rule(string code) => Known($"Error.{code}") ?? text["Error.Refused"];

    public string NotFound(string what) => Known($"Error.not-found.{what}") ?? text["Error.not-found"];

    public string Invalid() => text["Error.invalid"];

    public string Conflict() => text["Error.conflict"];

    private string? Known(string key) => text[key] is { ResourceNotFound: false } found ? found.Value : null;
}
