using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Identity.Web;

/// <summary>
/// Refusals in the reader's language. Validation failures are looked up by field and error code,
/// then by error code alone; rule codes by their code. The English messages written for API
/// callers are never shown on a page. Each refusal is shown beside its field.
/// </summary>
internal sealed class IdentityErrorTexts(IStringLocalizer<IdentityResource> text) : IRefusalTexts
{
    // Rule codes about one field are shown beside it; the others on the whole form.
    private static readonly Dictionary<string, string> RuleFields = new(StringComparer.Ordinal)
    {
        ["learner.number-taken"] = "LearnerNumber",
        ["facility.code-taken"] = "Code",
        ["account.username-taken"] = "Username",
        ["employer.username-unavailable"] = "Username",
        ["secret.current-wrong"] = "Current",
        ["learner.transfer.facility-invalid"] = "ToFacilityId",
    };

    public IEnumerable<FieldRefusal> Invalid(string form, ValidationException refusal) =>
        refusal.Errors.Select(failure => new FieldRefusal(failure.PropertyName, For(failure)));

    public string? FieldOf(string code) => RuleFields.GetValueOrDefault(code);

    public string For(ValidationFailure failure) =>
        For(failure.PropertyName, failure.ErrorCode, Limit(failure, "MinLength"), Limit(failure, "MaxLength"));

    public string For(string field, string code, int? minLength = null, int? maxLength = null)
    {
        var name = field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];
        return First($"Validation.{name}.{code}", $"Validation.{code}", $"Error.{code}") is { } key
            ? text[key, minLength ?? 0, maxLength ?? 0]
            : text["Validation.Invalid"];
    }

    public string Rule(string code) => First($"Error.{code}") is { } key ? text[key] : text["Error.Refused"];

    public string NotFound(string what) => First($"Error.not-found.{what}") is { } key ? text[key] : text["Error.not-found"];

    public string Conflict() => text["Error.conflict"];

    private string? First(params string[] keys) => keys.FirstOrDefault(key => !text[key].ResourceNotFound);

    private static int? Limit(ValidationFailure failure, string name) =>
        failure.FormattedMessagePlaceholderValues?.TryGetValue(name, out var value) == true && value is int limit ? limit : null;
}
