using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Courses.Web;

/// <summary>
/// Refusals in the reader's language: validation failures by field and error code, then by code;
/// rule codes by their code. The English messages written for API callers never reach a page.
/// Each refusal is shown beside its field.
/// </summary>
internal sealed partial class CoursesErrorTexts(IStringLocalizer<CoursesResource> text) : IRefusalTexts
{
    // A refused item of a list of plain values (a date, a criterion) is shown beside the list.
    public IEnumerable<FieldRefusal> Invalid(string form, ValidationException refusal) =>
        refusal.Errors.Select(failure => new FieldRefusal(TrailingIndex().Replace(failure.PropertyName, ""), For(failure)));

    public string For(ValidationFailure failure)
    {
        var field = failure.PropertyName[(failure.PropertyName.LastIndexOf('.') + 1)..].Split('[')[0];
        var name = field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];
        return First($"Validation.{name}.{failure.ErrorCode}", $"Validation.{failure.ErrorCode}") is { } key
            ? text[key, Limit(failure, "MinLength"), Limit(failure, "MaxLength")]
            : text["Validation.Invalid"];
    }

    public string Rule(string code) => First($"Error.{code}") is { } key ? text[key] : text["Error.Refused"];

    public string NotFound(string what) => First($"Error.not-found.{what}") is { } key ? text[key] : text["Error.not-found"];

    public string Conflict() => text["Error.conflict"];

    private string? First(params string[] keys) => keys.FirstOrDefault(key => !text[key].ResourceNotFound);

    private static object Limit(ValidationFailure failure, string name) =>
        failure.FormattedMessagePlaceholderValues?.TryGetValue(name, out var value) == true && value is int limit ? limit : 0;

    [GeneratedRegex(@"\[[0-9]+\]$")]
    private static partial Regex TrailingIndex();
}
