using System.Text;

namespace Training.Host.Tests.Web;

/// <summary>One request a careless or hostile client might send.</summary>
internal sealed record BadInput(string Kind, HttpMethod Method, string Path, string? ContentType, byte[]? Body)
{
    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(Method, Path);
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);

            // As well-behaved clients do: the server can refuse an oversized body before it is sent.
            request.Headers.ExpectContinue = true;
            if (ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        return request;
    }

    public override string ToString() => $"{Kind}: {Method} {Path} [{ContentType}] {(Body is null ? "" : Encoding.UTF8.GetString(Body[..Math.Min(Body.Length, 120)]))}";
}

/// <summary>Generates bad requests for the probe-note endpoints from a fixed seed, so a failure can be replayed.</summary>
internal static class BadInputGenerator
{
    private const string Notes = "/api/probe-notes";
    private static readonly string[] Words = ["Plain ", "urgent", "URGENT", "Loud", "", " ", "0", "null", "Pláin", "Plain\u0000"];
    private static readonly string[] WrongTypes = ["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "image/png", "application/jsonx"];

    public static IEnumerable<BadInput> Generate(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return (i % 8) switch
            {
                0 => Malformed(random),
                1 => new BadInput("wrong content type", HttpMethod.Post, Notes, WrongTypes[random.Next(WrongTypes.Length)], Json(Valid())),
                2 => new BadInput("oversized body", HttpMethod.Post, Notes, "application/json",
                    Json(Valid(title: new string('a', 1_100_000 + random.Next(200_000))))),
                3 => MissingField(random),
                4 => new BadInput("unknown enum value", HttpMethod.Post, Notes, "application/json",
                    Json(Valid().Replace("\"Plain\"", random.Next(3) == 0 ? random.Next(2, 99).ToString() : $"\"{Words[random.Next(Words.Length)]}{random.Next(100)}\"", StringComparison.Ordinal))),
                5 => WrongType(random),
                6 => InvalidValue(random),
                _ => BadId(random),
            };
        }
    }

    public static string Valid(string title = "Rajutan tas", int count = 3, string kind = "Plain") =>
        $"{{\"title\":\"{title}\",\"count\":{count},\"kind\":\"{kind}\"}}";

    private static byte[] Json(string text) => Encoding.UTF8.GetBytes(text);

    private static BadInput Malformed(Random random)
    {
        var valid = Valid();
        var body = random.Next(4) switch
        {
            0 => Json(valid[..random.Next(1, valid.Length - 1)]),
            1 => Json(valid + new string('}', random.Next(1, 4))),
            2 => Json("{" + valid),
            _ => [(byte)'{', .. Enumerable.Range(0, random.Next(1, 64)).Select(_ => (byte)random.Next(0x80, 0x100))],
        };
        return new BadInput("malformed JSON", HttpMethod.Post, Notes, "application/json", body);
    }

    private static BadInput MissingField(Random random)
    {
        string[] fields = ["\"title\":\"Rajutan tas\"", "\"count\":3", "\"kind\":\"Plain\""];
        var kept = fields.Where((_, index) => index != random.Next(fields.Length) || false).ToList();
        if (kept.Count == fields.Length)
        {
            kept.RemoveAt(random.Next(kept.Count));
        }

        return new BadInput("missing field", HttpMethod.Post, Notes, "application/json", Json("{" + string.Join(',', kept) + "}"));
    }

    private static BadInput WrongType(Random random)
    {
        string[] bodies =
        [
            "{\"title\":42,\"count\":3,\"kind\":\"Plain\"}",
            "{\"title\":[\"a\"],\"count\":3,\"kind\":\"Plain\"}",
            "{\"title\":{\"x\":1},\"count\":3,\"kind\":\"Plain\"}",
            "{\"title\":\"Tas\",\"count\":\"three\",\"kind\":\"Plain\"}",
            "{\"title\":\"Tas\",\"count\":1.5,\"kind\":\"Plain\"}",
            "{\"title\":\"Tas\",\"count\":1e20,\"kind\":\"Plain\"}",
            "{\"title\":\"Tas\",\"count\":99999999999,\"kind\":\"Plain\"}",
            "{\"title\":\"Tas\",\"count\":3,\"kind\":null}",
            "{\"title\":\"Tas\",\"count\":3,\"kind\":[]}",
            "[1,2,3]",
            "\"just a string\"",
            "null",
        ];
        return new BadInput("wrong type", HttpMethod.Post, Notes, "application/json", Json(bodies[random.Next(bodies.Length)]));
    }

    private static BadInput InvalidValue(Random random)
    {
        var body = random.Next(6) switch
        {
            0 => "{\"title\":null,\"count\":3,\"kind\":\"Plain\"}",
            1 => Valid(title: ""),
            2 => Valid(title: new string(' ', random.Next(1, 5))),
            3 => Valid(title: new string('x', 101 + random.Next(500))),
            4 => Valid(count: random.Next(2) == 0 ? -random.Next(1, 1000) : 1001 + random.Next(100_000)),
            _ => $"{{\"title\":\"Tas\",\"count\":3,\"kind\":\"Plain\",\"remark\":\"{new string('r', 201 + random.Next(300))}\"}}",
        };
        return new BadInput("invalid value", HttpMethod.Post, Notes, "application/json", Json(body));
    }

    private static BadInput BadId(Random random)
    {
        string[] ids = ["123", "not-a-guid", "00000000-0000-0000-0000-00000000000", "%27%20or%201%3D1--", "..%2F..%2Fetc", "{}", Guid.NewGuid().ToString("N")[..20]];
        return random.Next(4) switch
        {
            0 => new BadInput("unknown record", HttpMethod.Get, $"{Notes}/{new Guid(random.Next(), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)}", null, null),
            1 => new BadInput("wrong method", HttpMethod.Put, Notes, "application/json", Json(Valid())),
            _ => new BadInput("id that does not parse", HttpMethod.Get, $"{Notes}/{ids[random.Next(ids.Length)]}", null, null),
        };
    }
}
