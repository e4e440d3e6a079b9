using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Training.Host.Web;

namespace Training.Host.Errors;

/// <summary>
/// Requests the framework could not bind. Its own messages name .NET types ("System.Guid",
/// "JSON deserialization for type 'Training.Modules...'"), so a client gets the field or path only.
/// </summary>
internal static partial class BadRequests
{
    private const string NotValid = "The value is missing or not valid.";

    public static ProblemDetails Json(JsonException json)
    {
        if (json is ControlCharactersInJson text)
        {
            return ProblemMapping.RefusedText(TextField(text));
        }

        var missing = MissingProperties(json.Message);
        var fields = missing.Count > 0 ? missing : json.Path is { } path ? [Field(path)] : [];
        return Invalid("The request body is not valid JSON for this endpoint.", fields);
    }

    public static ProblemDetails Binding(BadHttpRequestException e)
    {
        if (e.StatusCode != StatusCodes.Status400BadRequest)
        {
            return ProblemMapping.Problem(e.StatusCode, Titles.For(e.StatusCode), e.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
                StatusCodes.Status415UnsupportedMediaType => "This endpoint does not accept this content type.",
                _ => "The request was refused.",
            });
        }

        var parameter = Parameter().Match(e.Message);
        if (!parameter.Success || e.Message.Contains(" body", StringComparison.Ordinal))
        {
            return ProblemMapping.Problem(StatusCodes.Status400BadRequest, Titles.For(StatusCodes.Status400BadRequest), "The request body is missing or could not be read.");
        }

        return Invalid("A parameter is missing or not valid.", [parameter.Groups["name"].Value]);
    }

    private static ValidationProblemDetails Invalid(string detail, IReadOnlyList<string> fields) =>
        new(fields.Distinct().ToDictionary(f => f, _ => new[] { NotValid }))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid input",
            Detail = detail,
        };

    // "$.units[0].code" names the field "units[0].code"; the body as a whole is "$".
    private static string Field(string? path) => path is null or "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    // The serializer's path names the object that held the text ("$.units[0]"); the text is one of its properties.
    private static string TextField(ControlCharactersInJson e) => Field(e.Path) is var owner && owner != "$" ? $"{owner}.{e.Property}" : e.Property;

    private static List<string> MissingProperties(string message)
    {
        var at = message.IndexOf("missing required properties", StringComparison.Ordinal);
        return at < 0 ? [] : [.. Quoted().Matches(message[at..]).Select(m => m.Groups[1].Value)];
    }

    // 'Failed to bind parameter "Guid id" from "abc".': the last word inside the quotes is the parameter's name.
    [GeneratedRegex(@"parameter ""(?:[^""]*\s)?(?<name>[^""\s]+)""", RegexOptions.None, 100)]
    private static partial Regex Parameter();

    [GeneratedRegex("'([^']*)'", RegexOptions.None, 100)]
    private static partial Regex Quoted();
}
