using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Training.BuildingBlocks.Text;

namespace Training.Host.Web;

/// <summary>
/// Applies <see cref="ControlCharacters"/> to every text a request brings: JSON strings (through
/// <see cref="JsonTexts"/> in the host's JSON options), query strings, route values, form fields and file names.
/// The API answers 400 problem details naming the field; pages show their error page.
/// </summary>
internal static class ControlCharacterRefusal
{
    public static IApplicationBuilder UseControlCharacterRefusal(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var field = await RefusedFieldAsync(context.Request);
            if (field is null)
            {
                await next();
            }
            else if (context.Request.Path.StartsWithSegments("/api"))
            {
                throw new ControlCharactersRefused(field);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        });

    private static async Task<string?> RefusedFieldAsync(HttpRequest request)
    {
        var field = Refused("query", request.Query.SelectMany(q => q.Value.Select(v => (q.Key, v))))
            ?? Refused("route", request.RouteValues.Select(r => (r.Key, r.Value as string)));
        if (field is not null || !request.HasFormContentType)
        {
            return field;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A form that cannot be read is left to the endpoint, which answers for it as it always did (400 or 415).
            return null;
        }

        return Refused("form", form.SelectMany(f => f.Value.Select(v => (f.Key, v))))
            ?? Refused("form", form.Files.Select(f => (f.Name, (string?)f.FileName)));
    }

    // A name that breaks the rule cannot be echoed back, so the part of the request stands for it.
    private static string? Refused(string source, IEnumerable<(string Name, string? Value)> values)
    {
        foreach (var (name, value) in values)
        {
            if (ControlCharacters.Found(name))
            {
                return source;
            }

            if (ControlCharacters.Found(value))
            {
                return name;
            }
        }

        return null;
    }
}

/// <summary>A query, route or form value held a control character; <see cref="Field"/> names it.</summary>
internal sealed class ControlCharactersRefused(string field) : Exception(ControlCharacters.Message)
{
    public string Field { get; } = field;
}

/// <summary>A JSON string held a control character; the serializer fills in the path of the object holding <see cref="Property"/>.</summary>
internal sealed class ControlCharactersInJson(string property) : JsonException(ControlCharacters.Message)
{
    public string Property { get; } = property;
}

/// <summary>
/// Checks the texts of every object read from a request body once it is read. A contract
/// modifier rather than a string converter: the OpenAPI document still describes strings as strings.
/// </summary>
internal static class JsonTexts
{
    public static void RefuseControlCharacters(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var texts = type.Properties
            .Where(p => p.Get is not null && (p.PropertyType == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(p.PropertyType)))
            .ToList();
        if (texts.Count == 0)
        {
            return;
        }

        var earlier = type.OnDeserialized;
        type.OnDeserialized = value =>
        {
            foreach (var property in texts)
            {
                var held = property.Get!(value);
                if ((held is string text && ControlCharacters.Found(text))
                    || (held is IEnumerable<string> many && many.Any(t => ControlCharacters.Found(t))))
                {
                    throw new ControlCharactersInJson(property.Name);
                }
            }

            earlier?.Invoke(value);
        };
    }
}
