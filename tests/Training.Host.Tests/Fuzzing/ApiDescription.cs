using System.Text.Json.Nodes;

namespace Training.Host.Tests.Fuzzing;

/// <summary>One parameter of an operation as the OpenAPI document describes it.</summary>
internal sealed record ApiParameter(string Name, string In, JsonObject Schema);

/// <summary>One path × method of the API, with the first content type its body accepts.</summary>
internal sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, string? ContentType, JsonObject? BodySchema)
{
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>Reads the app's own <c>/openapi/v1.json</c>: its operations and the schemas they point to.</summary>
internal sealed class ApiDescription(JsonObject document)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    public IReadOnlyList<ApiOperation> Operations() =>
    [
        .. from path in document["paths"]!.AsObject()
           from method in path.Value!.AsObject()
           where Methods.Contains(method.Key)
           let operation = method.Value!.AsObject()
           let body = operation["requestBody"]?["content"]?.AsObject().FirstOrDefault()
           select new ApiOperation(
               method.Key.ToUpperInvariant(),
               path.Key,
               [.. (operation["parameters"]?.AsArray() ?? []).Select(p => new ApiParameter(
                   (string)p!["name"]!, (string)p["in"]!, Resolve(p["schema"])))],
               body?.Key,
               body is { } b ? Resolve(b.Value?["schema"]) : null),
    ];

    /// <summary>Follows <c>$ref</c> and takes the non-null branch of a <c>oneOf</c>/<c>anyOf</c>.</summary>
    public JsonObject Resolve(JsonNode? schema)
    {
        var current = schema as JsonObject ?? [];
        for (var hops = 0; hops < 10; hops++)
        {
            if (current["$ref"] is JsonValue reference)
            {
                var name = ((string)reference!).Split('/')[^1];
                current = document["components"]?["schemas"]?[name] as JsonObject ?? [];
            }
            else if ((current["oneOf"] ?? current["anyOf"]) is JsonArray branches)
            {
                current = branches.OfType<JsonObject>().FirstOrDefault(b => TypeOf(b) != "null") ?? [];
            }
            else
            {
                break;
            }
        }

        return current;
    }

    /// <summary>The schema's kind: its first type that is not null, "enum", or "object" for a schema with properties.</summary>
    public static string TypeOf(JsonObject schema) =>
        schema["enum"] is not null ? "enum"
        : schema["type"] switch
        {
            JsonValue single => (string)single!,
            JsonArray many => many.Select(t => (string)t!).FirstOrDefault(t => t != "null") ?? "null",
            _ => schema["properties"] is not null ? "object" : "any",
        };
}
