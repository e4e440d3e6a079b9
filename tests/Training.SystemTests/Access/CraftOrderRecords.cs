using System.Net.Http.Json;
using System.Text.Json;

namespace Training.SystemTests.Access;

/// <summary>Orders from buyers for facility A's published product, for the access matrix: a fresh one for each call that changes one.</summary>
public sealed class CraftOrderRecords(CraftRecords crafts, Func<HttpRequestMessage, Caller, Task<HttpResponseMessage>> sendAs, Func<Guid> facilityId)
{
    private readonly SemaphoreSlim _once = new(1, 1);
    private Guid? _productId;

    public static object Quote => new { lines = Array.Empty<object>(), shippingRupiah = 20_000, readyBy = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd") };

    public static object Payment => new { amountRupiah = 270_000, method = "Transfer", reference = "BRI 2026120500001", receivedOn = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd") };

    /// <summary>An order a buyer without an account just placed for facility A's published product.</summary>
    public async Task<Guid> FreshAsync()
    {
        var productId = await ProductAsync();
        var order = new
        {
            lines = new[] { new { productId, quantity = 1 } }, buyer = new { name = "Ibu Rina", phone = "+62 812 3456 7890" }, province = "Kalimantan Tengah",
        };
        var placed = await sendAs(new HttpRequestMessage(HttpMethod.Post, "/api/crafts/orders") { Content = JsonContent.Create(order) }, Caller.Anonymous);
        await EnsureAsync(placed);
        return (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<Guid> ProductAsync()
    {
        await _once.WaitAsync();
        try
        {
            if (_productId is null)
            {
                var brand = await sendAs(new HttpRequestMessage(HttpMethod.Put, $"/api/crafts/brands/{facilityId()}") { Content = JsonContent.Create(CraftRecords.Brand) }, Caller.FacilityOfficer);
                await EnsureAsync(brand);
                var id = await crafts.FreshDraftAsync();
                await EnsureAsync(await sendAs(new HttpRequestMessage(HttpMethod.Post, $"/api/crafts/products/{id}/publish"), Caller.FacilityOfficer));
                _productId = id;
            }

            return _productId.Value;
        }
        finally
        {
            _once.Release();
        }
    }

    private static async Task EnsureAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
