using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;

// The baseline of tests/bench/crafts-catalogue.sh: the public catalogue search and product page, each as one
// hand-written query through Npgsql on the Crafts module's own read model (crafts.mt_doc_catalogue_entry and
// crafts.mt_doc_brand), answering the same fields as GET /api/crafts/catalog?q= and GET /api/crafts/products/{slug},
// with nothing else in the way (no MediatR, no validation, no Marten, no authentication). Not part of the product.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var dataSource = NpgsqlDataSource.Create(builder.Configuration.GetConnectionString("Training")
    ?? throw new InvalidOperationException("ConnectionStrings__Training is required"));
var app = builder.Build();

// Newest first, 24 a page, with the number of matches (counted in the same round trip): the catalogue's default order and page.
app.MapGet("/catalog", async (string? q, CancellationToken ct) =>
{
    var words = (q ?? "").ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct().Take(8).ToList();
    var filter = "from crafts.mt_doc_catalogue_entry where listed" + string.Concat(words.Select((_, i) => $" and search_text like ${i + 1}"));
    await using var batch = dataSource.CreateBatch();
    foreach (var sql in new[]
    {
        "select count(*) " + filter,
        "select data ->> 'slug', data ->> 'title', data ->> 'craft', (data ->> 'price')::bigint, data -> 'photoIds' ->> 0, (data ->> 'inStock')::boolean, "
            + "data -> 'making' ->> 'leadTimeDays', id, (data -> 'making' ->> 'madeToOrder')::boolean " + filter + " order by published_at desc, id limit 24",
    })
    {
        var command = new NpgsqlBatchCommand(sql);
        words.ForEach(w => command.Parameters.Add(new NpgsqlParameter { Value = "%" + w + "%" }));
        batch.BatchCommands.Add(command);
    }

    var items = new JsonArray();
    await using var reader = await batch.ExecuteReaderAsync(ct);
    await reader.ReadAsync(ct);
    var total = reader.GetInt64(0);
    await reader.NextResultAsync(ct);
    while (await reader.ReadAsync(ct))
    {
        items.Add(new JsonObject
        {
            ["slug"] = reader.GetString(0),
            ["title"] = reader.GetString(1),
            ["craft"] = reader.GetString(2),
            ["priceRupiah"] = reader.GetInt64(3),
            ["photoUrl"] = reader.IsDBNull(4) ? null : $"/api/crafts/photos/{reader.GetString(4)}/thumbnail",
            ["inStock"] = reader.GetBoolean(5),
            ["leadTimeDays"] = reader.IsDBNull(6) ? null : int.Parse(reader.GetString(6), System.Globalization.CultureInfo.InvariantCulture),
            ["id"] = reader.GetGuid(7),
            ["madeToOrder"] = reader.GetBoolean(8),
        });
    }

    return Results.Text(new JsonObject { ["items"] = items, ["total"] = total }.ToJsonString(JsonSerializerOptions.Web), "application/json");
});

app.MapGet("/products/{slug}", async (string slug, CancellationToken ct) =>
{
    await using var command = dataSource.CreateCommand(
        "select e.data, b.data from crafts.mt_doc_catalogue_entry e join crafts.mt_doc_brand b on b.id = e.facility_id where e.data ->> 'slug' = $1 and e.listed");
    command.Parameters.Add(new NpgsqlParameter { Value = slug.ToLowerInvariant() });
    await using var reader = await command.ExecuteReaderAsync(ct);
    if (!await reader.ReadAsync(ct))
    {
        return Results.NotFound();
    }

    var e = JsonNode.Parse(reader.GetString(0))!.AsObject();
    var b = JsonNode.Parse(reader.GetString(1))!.AsObject();
    var d = e["description"]!.AsObject();
    var pricing = e["pricing"]!.AsObject();
    JsonNode? Copy(JsonObject from, string name) => from[name]?.DeepClone();
    return Results.Text(new JsonObject
    {
        ["id"] = Copy(e, "id"),
        ["slug"] = Copy(e, "slug"),
        ["title"] = Copy(d, "title"),
        ["titleEn"] = Copy(d, "titleEn"),
        ["description"] = Copy(d, "description"),
        ["descriptionEn"] = Copy(d, "descriptionEn"),
        ["craft"] = Copy(e, "craft"),
        ["materials"] = Copy(d, "materials"),
        ["materialOrigin"] = Copy(d, "materialOrigin"),
        ["dimensions"] = Copy(d, "dimensions"),
        ["weightGrams"] = Copy(d, "weightGrams"),
        ["care"] = Copy(d, "care"),
        ["photos"] = new JsonArray([.. e["photoIds"]!.AsArray().Select(p => (JsonNode)new JsonObject
        {
            ["url"] = $"/api/crafts/photos/{p}",
            ["thumbnailUrl"] = $"/api/crafts/photos/{p}/thumbnail",
        })]),
        ["priceRupiah"] = Copy(pricing, "retail"),
        ["wholesale"] = new JsonArray([.. pricing["wholesale"]!.AsArray().Select(t => (JsonNode)new JsonObject
        {
            ["minQuantity"] = t!["minQuantity"]!.DeepClone(),
            ["priceRupiah"] = t["unitPrice"]!.DeepClone(),
        })]),
        ["minimumOrder"] = Copy(pricing, "minimumOrder"),
        ["orderMultiple"] = Copy(pricing, "orderMultiple"),
        ["madeToOrder"] = e["making"]!["madeToOrder"]!.DeepClone(),
        ["leadTimeDays"] = e["making"]!["leadTimeDays"]?.DeepClone(),
        ["inStock"] = Copy(e, "inStock"),
        ["unitCodes"] = Copy(e, "unitCodes"),
        ["brand"] = new JsonObject
        {
            ["name"] = b["profile"]!["name"]!.DeepClone(),
            ["slug"] = Copy(b, "slug"),
            ["seller"] = new JsonObject { ["name"] = b["seller"]!["name"]!.DeepClone(), ["contact"] = b["seller"]!["contact"]!.DeepClone() },
            ["facility"] = null,
        },
    }.ToJsonString(JsonSerializerOptions.Web), "application/json");
});

app.Run();
