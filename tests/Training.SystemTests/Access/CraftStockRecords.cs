using System.Net.Http.Json;
using System.Text.Json;

namespace Training.SystemTests.Access;

/// <summary>Batches of facility A for the access matrix: a fresh draft with a batch of its learner's making, for each call.</summary>
public sealed class CraftStockRecords(CraftRecords crafts, Func<HttpRequestMessage, Caller, Task<HttpResponseMessage>> sendAs, Func<Guid> learnerId)
{
    /// <summary>A batch of three units of a fresh draft of facility A, recorded by its trainer.</summary>
    public async Task<(Guid ProductId, Guid BatchId)> FreshBatchAsync()
    {
        var productId = await crafts.FreshDraftAsync();
        var batch = new
        {
            productId, quantity = 3, producedOn = "2026-01-05", materialCostRupiah = 30_000, makers = new[] { new { learnerId = learnerId(), share = 1 } },
        };
        var recorded = await sendAs(new HttpRequestMessage(HttpMethod.Post, "/api/crafts/batches") { Content = JsonContent.Create(batch) }, Caller.Trainer);
        recorded.EnsureSuccessStatusCode();
        return (productId, (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }
}
