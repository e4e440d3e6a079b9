using System.Text;
using System.Text.Json.Nodes;

namespace Training.Host.Tests.Fuzzing;

/// <summary>
/// Builds requests for an operation from its schema alone: a valid-shaped baseline, then the same
/// request with one thing broken at a time (a field missing, null, of the wrong type, holding NUL,
/// U+202E or another control character, 100,000 characters long; a path or query value that does
/// not parse; a garbage file or an empty form). Everything random comes from the seed.
/// </summary>
internal sealed class RequestGenerator(ApiDescription api, KnownValues known)
{
    private const string Json = "application/json";
    private static readonly string Oversized = new('x', 100_000);

    private static readonly (string Kind, string Text)[] BadTexts =
    [
        ("NUL", "Rajutan\u0000purun"), ("RTL override", "\u202Egpj.exe"), ("bell", "Rajutan\u0007"), ("escape", "\u001B[31m"),
        ("C1 control", "Tas\u0085purun"), ("lone surrogate", "Tas\uD800"), ("oversized", Oversized), ("empty", ""), ("spaces", "   "),
    ];

    // NUL in a path is refused by Kestrel before the app sees it (and the test server cannot send it).
    private static readonly string[] BadPathValues =
        ["not-a-guid", "99999999999999999999", "-1", "0", "%01", "%07", "%E2%80%AE", "a%20b", "%27%20or%201%3D1--", "00000000-0000-0000-0000-000000000000"];

    private static readonly (string Kind, string Value)[] BadQueryValues =
    [
        ("NUL", "a\u0000b"), ("RTL override", "\u202Eabc"), ("bell", "\u0007"), ("oversized", Oversized), ("not a number", "abc"),
        ("huge number", "99999999999999999999"), ("negative", "-1"), ("empty", ""), ("not a guid", "not-a-guid"), ("lone surrogate", "\uD800"),
    ];

    // A 1×1 PNG: uploads get one valid file in the baseline.
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public FuzzRequest Baseline(ApiOperation operation, Random random) =>
        Build(operation, "baseline", PathValues(operation, random), QueryValues(operation, random), BaselineBody(operation, random));

    public IEnumerable<FuzzRequest> Variants(ApiOperation operation, Random random)
    {
        var path = PathValues(operation, random);
        var query = QueryValues(operation, random);
        var body = BaselineBody(operation, random);

        foreach (var name in path.Keys)
        {
            foreach (var bad in BadPathValues)
            {
                yield return Build(operation, $"path {name}", new Dictionary<string, string>(path) { [name] = bad }, query, body);
            }
        }

        foreach (var name in query.Keys)
        {
            yield return Build(operation, $"query {name} left out", path, query.Where(q => q.Key != name).ToDictionary(), body);
            foreach (var (kind, value) in BadQueryValues)
            {
                yield return Build(operation, $"query {name}: {kind}", path, new Dictionary<string, string>(query) { [name] = value }, body);
            }
        }

        foreach (var broken in BodyVariants(operation, random))
        {
            yield return Build(operation, broken.Kind, path, query, broken);
        }
    }

    private static FuzzRequest Build(ApiOperation operation, string kind, IReadOnlyDictionary<string, string> path, IReadOnlyDictionary<string, string> query, Body body)
    {
        var url = new StringBuilder(operation.Path);
        foreach (var (name, value) in path)
        {
            url.Replace("{" + name + "}", value);
        }

        var separator = '?';
        foreach (var (name, value) in query)
        {
            url.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Escape(value));
            separator = '&';
        }

        return new FuzzRequest(kind, operation.Method, url.ToString(), body.ContentType, body.Bytes, body.Form);
    }

    // Uri.EscapeDataString refuses a lone surrogate; send its UTF-8 replacement bytes as a browser would.
    private static string Escape(string value) =>
        value.Any(char.IsSurrogate) ? "%ED%A0%80" : Uri.EscapeDataString(value);

    private Dictionary<string, string> PathValues(ApiOperation operation, Random random) =>
        operation.Parameters.Where(p => p.In == "path").ToDictionary(
            p => p.Name,
            p => Uri.EscapeDataString(known.For(p.Name, operation.Path, random) ?? Sample(p.Schema, p.Name, operation.Path, random, 0)?.ToString() ?? SeededGuid(random)));

    private Dictionary<string, string> QueryValues(ApiOperation operation, Random random) =>
        operation.Parameters.Where(p => p.In == "query").ToDictionary(
            p => p.Name,
            p => Sample(ApiDescription.TypeOf(p.Schema) == "array" ? api.Resolve(p.Schema["items"]) : p.Schema, p.Name, operation.Path, random, 0)?.ToString() ?? "");

    private sealed record Body(string Kind, string? ContentType, byte[]? Bytes, IReadOnlyList<FormPart>? Form = null);

    private Body BaselineBody(ApiOperation operation, Random random) => operation.ContentType switch
    {
        null => new Body("baseline", null, null),
        "multipart/form-data" => new Body("baseline", null, null, [new FormPart("file", "foto.png", TinyPng)]),
        var type when type.Contains("json", StringComparison.Ordinal) =>
            new Body("baseline", type, Encoding.UTF8.GetBytes(Sample(operation.BodySchema!, "body", operation.Path, random, 0)?.ToJsonString() ?? "null")),
        var type when type.StartsWith("text/", StringComparison.Ordinal) => new Body("baseline", type, Encoding.UTF8.GetBytes(Csv("Siti Rahma"))),
        var type => new Body("baseline", type, Garbage(random, 64)),
    };

    private IEnumerable<Body> BodyVariants(ApiOperation operation, Random random)
    {
        switch (operation.ContentType)
        {
            case null:
                yield break;
            case "multipart/form-data":
                yield return new Body("garbage file", null, null, [new FormPart("file", "foto.jpg", Garbage(random, 4096))]);
                yield return new Body("empty file", null, null, [new FormPart("file", "foto.jpg", [])]);
                yield return new Body("empty form", null, null, []);
                yield return new Body("field, no file", null, null, [new FormPart("file", null, "bukan file"u8.ToArray())]);
                yield return new Body("file name with NUL", null, null, [new FormPart("file", "foto\u0000.png", TinyPng)]);
                yield return new Body("file name with RTL", null, null, [new FormPart("file", "\u202Egnp.exe", TinyPng)]);
                yield return new Body("not multipart", "application/json", "{}"u8.ToArray());
                yield break;
            case var plain when plain.StartsWith("text/", StringComparison.Ordinal):
                foreach (var (kind, text) in BadTexts)
                {
                    yield return new Body($"text: {kind}", plain, Encoding.UTF8.GetBytes(Csv(text)));
                }

                yield return new Body("garbage bytes", plain, Garbage(random, 2048));
                yield return new Body("empty", plain, []);
                yield break;
        }

        var type = operation.ContentType;
        foreach (var (kind, text) in WholeBodies)
        {
            yield return new Body(kind, kind == "wrong content type" ? "text/plain" : type, text is null ? null : Encoding.UTF8.GetBytes(text));
        }

        yield return new Body("invalid UTF-8", type, [(byte)'{', (byte)'"', (byte)'a', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}']);

        var baseline = Sample(operation.BodySchema!, "body", operation.Path, random, 0);
        foreach (var (where, node, set, remove) in Locations(baseline))
        {
            yield return Mutated($"{where} left out", baseline, remove);
            yield return Mutated($"{where} null", baseline, root => set(root, null));
            yield return Mutated($"{where} wrong type", baseline, root => set(root, WrongType(node)));
            if (node is JsonValue value && value.TryGetValue<string>(out _))
            {
                foreach (var (kind, text) in BadTexts)
                {
                    yield return Mutated($"{where}: {kind}", baseline, root => set(root, text));
                }

                yield return Mutated($"{where}: not a guid", baseline, root => set(root, "not-a-guid"));
            }
            else if (node is JsonValue number && number.GetValueKind() == System.Text.Json.JsonValueKind.Number)
            {
                yield return Mutated($"{where}: huge", baseline, root => set(root, JsonNode.Parse("1e30")));
                yield return Mutated($"{where}: negative", baseline, root => set(root, -1));
                yield return Mutated($"{where}: beyond int", baseline, root => set(root, 99_999_999_999L));
                yield return Mutated($"{where}: fraction", baseline, root => set(root, 0.5));
            }
            else if (node is JsonArray array)
            {
                yield return Mutated($"{where}: empty list", baseline, root => set(root, new JsonArray()));
                yield return Mutated($"{where}: 300 items", baseline, root => set(root, new JsonArray([.. Enumerable.Range(0, 300).Select(_ => array.FirstOrDefault()?.DeepClone())])));
            }
        }

        Body Mutated(string kind, JsonNode? root, Action<JsonNode> change)
        {
            var copy = root?.DeepClone() ?? JsonValue.Create("x");
            change(copy);
            return new Body(kind, type, Encoding.UTF8.GetBytes(copy.ToJsonString()));
        }
    }

    private static readonly (string Kind, string? Text)[] WholeBodies =
    [
        ("no body", null), ("empty body", ""), ("null body", "null"), ("empty object", "{}"), ("list body", "[1,2]"),
        ("string body", "\"text\""), ("number body", "42"), ("malformed", "{\"a\":"), ("trailing junk", "{}}"), ("wrong content type", "{}"),
        ("deep nesting", new string('[', 200) + new string(']', 200)),
    ];

    /// <summary>Every property in the body, however deep, with a way to set or remove it in a copy.</summary>
    private static IEnumerable<(string Where, JsonNode? Node, Action<JsonNode, JsonNode?> Set, Action<JsonNode> Remove)> Locations(JsonNode? root)
    {
        var pending = new Queue<(string Where, JsonNode Node, Func<JsonNode, JsonNode> Find)>();
        if (root is not null)
        {
            pending.Enqueue(("", root, r => r));
        }

        while (pending.TryDequeue(out var container))
        {
            var (where, node, find) = container;
            if (node is JsonObject o)
            {
                foreach (var (key, value) in o)
                {
                    var at = where.Length == 0 ? key : $"{where}.{key}";
                    yield return (at, value, (r, v) => find(r).AsObject()[key] = v, r => find(r).AsObject().Remove(key));
                    if (value is JsonObject or JsonArray)
                    {
                        pending.Enqueue((at, value, r => find(r).AsObject()[key]!));
                    }
                }
            }
            else if (node is JsonArray { Count: > 0 } a && a[0] is JsonObject or JsonArray)
            {
                pending.Enqueue(($"{where}[0]", a[0]!, r => find(r).AsArray()[0]!));
            }
        }
    }

    private static JsonNode? WrongType(JsonNode? node) => node switch
    {
        JsonObject => JsonValue.Create("an object was expected"),
        JsonArray => new JsonObject { ["not"] = "a list" },
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => new JsonArray(1, 2),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => JsonValue.Create("twelve"),
        _ => JsonValue.Create(12345),
    };

    /// <summary>A value of the schema's shape, named in a way the domain would accept where the name says what it is.</summary>
    private JsonNode? Sample(JsonObject schema, string name, string path, Random random, int depth)
    {
        switch (ApiDescription.TypeOf(schema))
        {
            case "enum":
                var values = schema["enum"]!.AsArray();
                return values[random.Next(values.Count)]?.DeepClone();
            case "object" when depth < 5:
                var result = new JsonObject();
                foreach (var (property, propertySchema) in schema["properties"]?.AsObject() ?? [])
                {
                    result[property] = Sample(api.Resolve(propertySchema), property, path, random, depth + 1);
                }

                return result;
            case "array" when depth < 5:
                return new JsonArray(Sample(api.Resolve(schema["items"]), name, path, random, depth + 1));
            case "integer":
                return 1;
            case "number":
                return 2;
            case "boolean":
                return true;
            case "string":
                return Text(schema, name, path, random);
            default:
                return null;
        }
    }

    private string Text(JsonObject schema, string name, string path, Random random)
    {
        var format = (string?)schema["format"];
        var lower = name.ToLowerInvariant();
        return format switch
        {
            "uuid" => known.For(name, path, random) ?? SeededGuid(random),
            "date" => "2027-03-15",
            "date-time" => "2027-03-15T08:00:00+07:00",
            _ when known.For(name, path, random) is { } seen => seen,
            _ when lower.Contains("email", StringComparison.Ordinal) => $"mitra{random.Next(1_000_000)}@umkm.example",
            _ when lower.Contains("phone", StringComparison.Ordinal) => "+62 811 5200 123",
            _ when lower.Contains("pin", StringComparison.Ordinal) => "482915",
            _ when lower.Contains("password", StringComparison.Ordinal) || lower is "current" or "new" => "Fuzz-Password-2026",
            _ when lower.Contains("timezone", StringComparison.Ordinal) => "Asia/Jakarta",
            _ when lower.Contains("from", StringComparison.Ordinal) || lower.Contains("month", StringComparison.Ordinal) => "2027-03",
            _ when lower.Contains("province", StringComparison.Ordinal) => "Kalimantan Tengah",
            _ when lower.Contains("regency", StringComparison.Ordinal) => "Kota Palangka Raya",
            _ when lower.Contains("username", StringComparison.Ordinal) => $"fuzz{random.Next(1_000_000)}",
            _ when lower.Contains("code", StringComparison.Ordinal) || lower.Contains("number", StringComparison.Ordinal) => $"FZ-{random.Next(100_000)}",
            _ => $"Anyaman purun {random.Next(1000)}",
        };
    }

    private static string SeededGuid(Random random) => new Guid(Garbage(random, 16)).ToString();

    private static string Csv(string fullName) => $"learnerNumber,fullName,pin\nWB-FZ-{fullName.Length},{fullName},482915\n";

    private static byte[] Garbage(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
