using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Assessments.Web;

/// <summary>
/// Refusals in the reader's language by their code; the English messages for API callers never reach a page.
/// A refused form gets one text on the whole form and, beside each refused field, what is wrong with it.
/// </summary>
internal sealed partial class AssessmentsErrorTexts(IStringLocalizer<AssessmentsResource> text) : IRefusalTexts
{
    private static readonly string[] Limits = ["From", "To", "MaxLength", "ComparisonValue"];

    public string Rule(string code) => Known($"Error.{code}") ?? text["Error.Refused"];

    public string NotFound(string what) => Known($"Error.not-found.{what}") ?? text["Error.not-found"];

    /// <summary>One text for the whole form, whichever fields were refused.</summary>
    public string Invalid() => text["Error.invalid"];

    // A refused item of a list of plain values (one option of a question) is shown beside the list.
    IEnumerable<FieldRefusal> IRefusalTexts.Invalid(string form, ValidationException refusal) =>
        [new(null, Invalid()), .. refusal.Errors.Select(f => new FieldRefusal(TrailingIndex().Replace(f.PropertyName, "") is { Length: > 0 } field ? field : null, For(f)))];

    /// <summary>What is wrong with one field, with the numbers the rule speaks of.</summary>
    public string For(ValidationFailure failure)
    {
        var key = $"Validation.{failure.ErrorCode}";
        return text[key] is { ResourceNotFound: false } ? text[key, Arguments(failure)] : Invalid();
    }

    public string Conflict() => text["Error.conflict"];

    private string? Known(string key) => text[key] is { ResourceNotFound: false } found ? found.Value : null;

    private static object[] Arguments(ValidationFailure failure) =>
        failure.CustomState is int[] numbers
            ? [.. numbers.Cast<object>()]
            : [.. Limits.Select(name => failure.FormattedMessagePlaceholderValues?.GetValueOrDefault(name)).OfType<object>()];

    [GeneratedRegex(@"\[[0-9]+\]$")]
    private static partial Regex TrailingIndex();
}
