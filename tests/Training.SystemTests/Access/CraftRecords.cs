using System.Net.Http.Json;
using System.Text.Json;

namespace Training.SystemTests.Access;

/// <summary>Crafts records of facility A for the access matrix: a product drafted by its trainer, fresh for each call that changes one.</summary>
public sealed class CraftRecords(Func<HttpRequestMessage, Caller, Task<HttpResponseMessage>> sendAs)
{
    public static object Brand => new
    {
        name = "Matriks Anyaman", story = "Anyaman purun dari Kalimantan Tengah.", sellerOfRecord = "Koperasi Matriks", sellerContact = "+62 811 5200 456",
        bankAccount = "BRI 0123-01-000123-30-1", namesFacilityPublicly = false,
    };

    public static object Product => new
    {
        title = "Tikar Purun", description = "Tikar anyaman purun.", craft = "Weaving", materials = "Purun", priceRupiah = 250_000,
        wholesale = Array.Empty<object>(), minimumOrder = 1, madeToOrder = false, unitCodes = Array.Empty<string>(),
    };

    /// <summary>A draft product of facility A, made by its trainer.</summary>
    public async Task<Guid> FreshDraftAsync()
    {
        var drafted = await sendAs(new HttpRequestMessage(HttpMethod.Post, "/api/crafts/products") { Content = JsonContent.Create(Product) }, Caller.Trainer);
        drafted.EnsureSuccessStatusCode();
        return (await drafted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
