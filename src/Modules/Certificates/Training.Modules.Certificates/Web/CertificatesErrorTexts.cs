using FluentValidation;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Certificates.Web;

/// <summary>Refusals in the reader's language by their code; the English messages for API callers never reach a page.</summary>
internal sealed class CertificatesErrorTexts(IStringLocalizer<CertificatesResource> text) : IRefusalTexts
{
    public string Rule(string code) => Known($"Error.{code}") ?? text["Error.Refused"];

    public string NotFound(string what) => Known($"Error.not-found.{what}") ?? text["Error.not-found"];

    /// <summary>What the form named <paramref name="form"/> asks of its fields, said once for the whole form.</summary>
    public string Invalid(string form) => Known($"Error.invalid.{form}") ?? text["Error.invalid"];

    IEnumerable<FieldRefusal> IRefusalTexts.Invalid(string form, ValidationException refusal) => [new(null, Invalid(form))];

    public string Conflict() => text["Error.conflict"];

    private string? Known(string key) => text[key] is { ResourceNotFound: false } found ? found.Value : null;
}
