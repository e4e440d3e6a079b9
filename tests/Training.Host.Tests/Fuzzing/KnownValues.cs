using System.Text.Json;
using System.Text.Json.Nodes;

namespace Training.Host.Tests.Fuzzing;

/// <summary>
/// Ids and codes seen in earlier answers, by the name they were given, so that later requests reach
/// real records instead of stopping at 404. The fuzzing people's own accounts and facility are
/// never offered: disabling them would end the run's coverage, not find a fault.
/// </summary>
internal sealed class KnownValues(IReadOnlySet<string> protectedValues, IReadOnlySet<string> stringNames)
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    /// <summary>Remembers every id (and every text under a name some path parameter uses) in a JSON answer.</summary>
    public void Harvest(string path, string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return;
        }

        lock (_gate)
        {
            Walk(node, null, CollectionIdName(path.Split('?')[0]));
        }
    }

    /// <summary>A value for a parameter or field called <paramref name="name"/> on <paramref name="path"/>, if one was seen.</summary>
    public string? For(string name, string path, Random random)
    {
        var key = name == "id" ? CollectionIdName(path) : name;
        lock (_gate)
        {
            return key is not null && _values.TryGetValue(key, out var seen) && seen.Count > 0 ? seen[random.Next(seen.Count)] : null;
        }
    }

    private void Walk(JsonNode? node, string? name, string? collectionId)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    Walk(value, key, collectionId);
                }

                break;
            case JsonArray a:
                foreach (var item in a.Take(50))
                {
                    Walk(item, name, collectionId);
                }

                break;
            case JsonValue v when name is not null && v.TryGetValue<string>(out var text) && !protectedValues.Contains(text):
                if (Guid.TryParse(text, out _))
                {
                    Add(name, text);
                    if (name == "id" && collectionId is not null)
                    {
                        Add(collectionId, text);
                    }
                }
                else if (stringNames.Contains(name))
                {
                    Add(name, text);
                }

                break;
        }
    }

    private void Add(string name, string value)
    {
        if (!_values.TryGetValue(name, out var seen))
        {
            _values[name] = seen = [];
        }

        if (seen.Count < 200 && !seen.Contains(value))
        {
            seen.Add(value);
        }
    }

    // "/api/portfolio-photos/{id}" calls its id "portfolioPhotoId"; "/api/facilities" → "facilityId".
    private static string? CollectionIdName(string path)
    {
        var segment = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1).FirstOrDefault();
        if (segment is null || segment.StartsWith('{'))
        {
            return null;
        }

        var words = segment.Split('-');
        var last = words[^1];
        words[^1] = last.EndsWith("ies", StringComparison.Ordinal) ? last[..^3] + "y" : last.TrimEnd('s');
        return string.Concat(words.Select((w, i) => i == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..])) + "Id";
    }
}
