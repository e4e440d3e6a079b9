using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;

// The baseline of tests/bench/verify.sh: the certificate lookup by verification code as one hand-written
// query through Npgsql, answering the same fields as GET /api/certificates/verify/{code}, with nothing
// else in the way (no MediatR, no Marten, no rate limiter, no authentication). Not part of the product.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var dataSource = NpgsqlDataSource.Create(builder.Configuration.GetConnectionString("Training")
    ?? throw new InvalidOperationException("ConnectionStrings__Training is required"));
var app = builder.Build();
var wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

app.MapGet("/verify/{code}", async (string code, CancellationToken ct) =>
{
    await using var command = dataSource.CreateCommand("select data from certificates.mt_doc_certificate where data ->> 'verificationCode' = $1");
    command.Parameters.Add(new NpgsqlParameter { Value = code.ToUpperInvariant() });
    if (await command.ExecuteScalarAsync(ct) is not string json)
    {
        return Results.NotFound();
    }

    var c = JsonNode.Parse(json)!.AsObject();
    var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, wib).DateTime);
    var validUntil = c["validUntil"]?.GetValue<string>() is { } until ? DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
    var status = c["revocation"] is not null || c["supersededBy"] is not null ? "Revoked"
        : c["expiredOn"] is not null || validUntil < today ? "Expired"
        : "Valid";
    var units = new JsonArray([.. c["units"]!.AsArray().Select(u => (JsonNode)new JsonObject { ["code"] = u!["code"]?.DeepClone(), ["title"] = u["title"]!.DeepClone(), ["outcome"] = u["outcome"]!.DeepClone() })]);
    return Results.Text(new JsonObject
    {
        ["status"] = status,
        ["number"] = c["number"]!.DeepClone(),
        ["verificationCode"] = c["verificationCode"]!.DeepClone(),
        ["holderName"] = c["holderName"]!.DeepClone(),
        ["courseTitle"] = c["courseTitle"]!.DeepClone(),
        ["courseVersion"] = c["courseVersion"]!.DeepClone(),
        ["hours"] = c["hours"]!.DeepClone(),
        ["units"] = units,
        ["issuedOn"] = c["issuedOn"]!.DeepClone(),
        ["validUntil"] = c["validUntil"]?.DeepClone(),
        ["issuerName"] = c["issuerName"]!.DeepClone(),
        ["revokedOn"] = c["revocation"]?["at"]?.DeepClone(),
        ["revocationReason"] = c["revocation"] is { } revocation ? revocation["code"]?.DeepClone() ?? "Other" : null,
    }.ToJsonString(JsonSerializerOptions.Web), "application/json");
});

app.Run();
