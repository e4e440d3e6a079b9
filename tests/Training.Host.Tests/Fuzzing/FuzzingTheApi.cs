using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace Training.Host.Tests.Fuzzing;

/// <summary>
/// Every operation of the app's own OpenAPI document, sent broken in every way the schema suggests,
/// by an anonymous caller and by each role that gets past authorization: nothing answers 5xx, and
/// no refusal names a .NET type. Driven only by the document, so new endpoints are fuzzed as they come.
/// </summary>
public sealed class FuzzingTheApi(FuzzApp app, ITestOutputHelper output) : IClassFixture<FuzzApp>
{
    private const int Seed = 20261204;

    // What a framework message looks like when it leaks: a namespace or a serializer's own words.
    private static readonly string[] Leaks = ["System.", "Microsoft.", "Training.Modules", "Training.Host", "Training.BuildingBlocks", "deserialization for type"];

    private readonly ConcurrentBag<string> _failures = [];
    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private int _sent;

    [Fact]
    public async Task No_request_built_from_the_api_description_gets_a_server_error_or_a_type_name()
    {
        var api = new ApiDescription(app.OpenApi);
        var operations = api.Operations();
        var stringNames = operations.SelectMany(o => o.Parameters).Where(p => p.In == "path" && (string?)p.Schema["format"] != "uuid")
            .Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var known = new KnownValues(app.Protected, stringNames);
        var generator = new RequestGenerator(api, known);

        // Ending a session would leave the caller anonymous for the rest of the run, so those go last.
        var ordered = operations.OrderBy(EndsSession).ToList();
        var relevant = new ConcurrentDictionary<(int Caller, int Operation), bool>();
        for (var pass = 0; pass < 2; pass++)
        {
            await ForEachCallerAsync(async (caller, client) =>
            {
                for (var i = 0; i < ordered.Count; i++)
                {
                    if (EndsSession(ordered[i]))
                    {
                        continue;
                    }

                    var status = await SendAsync(client, app.Callers[caller].Role, generator.Baseline(ordered[i], RandomFor(caller, i, pass)), known);
                    relevant[(caller, i)] = caller == 0 || status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
                }
            });
        }

        await ForEachCallerAsync(async (caller, client) =>
        {
            for (var i = 0; i < ordered.Count; i++)
            {
                if (relevant.GetValueOrDefault((caller, i), caller == 0 || EndsSession(ordered[i])))
                {
                    var random = RandomFor(caller, i, 2);
                    foreach (var request in generator.Variants(ordered[i], random).Prepend(generator.Baseline(ordered[i], random)))
                    {
                        await SendAsync(client, app.Callers[caller].Role, request, known);
                    }
                }
            }
        });

        output.WriteLine($"Fuzzing sent {_sent} requests over {operations.Count} operations as {app.Callers.Count} callers (seed {Seed}).");
        output.WriteLine("Answers: " + string.Join(", ", _statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        output.WriteLine($"Server errors or leaked type names: {_failures.Count}");
        foreach (var failure in _failures.Order(StringComparer.Ordinal))
        {
            output.WriteLine(failure);
        }

        _sent.Should().BeGreaterThanOrEqualTo(2_000);
        _failures.Should().BeEmpty("bad input is refused with a 4xx that names fields, never a 500 or a .NET type; the list above shows each request");
    }

    [Fact]
    public void A_request_field_that_may_be_null_may_also_be_left_out()
    {
        var api = new ApiDescription(app.OpenApi);
        var bodies = api.Operations().Where(o => o.BodySchema is not null).Select(o => (Operation: o.ToString(), Schema: o.BodySchema!));
        var offenders = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Queue<(string Where, JsonObject Schema, int Depth)>(bodies.Select(b => (b.Operation, b.Schema, 0)));
        while (pending.TryDequeue(out var next))
        {
            var (where, schema, depth) = next;
            var required = schema["required"]?.AsArray().Select(r => (string)r!).ToHashSet() ?? [];
            foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
            {
                var nullable = property?["type"] is JsonArray types && types.Any(t => (string?)t == "null")
                    || property?["oneOf"] is JsonArray branches && branches.Any(b => (string?)b?["type"] == "null");
                if (nullable && required.Contains(name))
                {
                    offenders.Add($"{where}: {name}");
                }

                var inner = api.Resolve(property);
                if (depth < 5)
                {
                    pending.Enqueue(($"{where}.{name}", ApiDescription.TypeOf(inner) == "array" ? api.Resolve(inner["items"]) : inner, depth + 1));
                }
            }
        }

        offenders.Should().BeEmpty("a nullable field gets a default in its record, so a client may omit it");
    }

    private static bool EndsSession(ApiOperation operation) => operation.Path.Contains("sign-out", StringComparison.OrdinalIgnoreCase);

    private static Random RandomFor(int caller, int operation, int pass) => new(Seed + (7919 * caller) + (104_729 * pass) + operation);

    private Task ForEachCallerAsync(Func<int, HttpClient, Task> send) =>
        Task.WhenAll(app.Callers.Select((c, index) => Task.Run(() => send(index, c.Client))));

    private async Task<HttpStatusCode> SendAsync(HttpClient client, string role, FuzzRequest request, KnownValues known)
    {
        using var message = request.ToMessage();
        using var response = await client.SendAsync(message);
        Interlocked.Increment(ref _sent);
        var status = (int)response.StatusCode;
        _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
        var json = response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true
            ? await response.Content.ReadAsStringAsync()
            : "";
        if (status >= 500 || (status >= 400 && Leaks.Any(l => json.Contains(l, StringComparison.Ordinal))))
        {
            _failures.Add($"{status} as {role}: {request}\n    → {FuzzRequest.Excerpt(json)}");
        }
        else if (status < 300)
        {
            known.Harvest(request.Path, json);
        }

        return response.StatusCode;
    }
}
