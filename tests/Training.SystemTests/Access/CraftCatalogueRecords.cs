using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Training.SystemTests.Access;

/// <summary>Catalogue records of facility A for the access matrix: its brand, and drafts with a photo made fresh for each call.</summary>
public sealed class CraftCatalogueRecords(Guid facilityId, CraftRecords crafts, Func<HttpRequestMessage, Caller, Task<HttpResponseMessage>> sendAs)
{
    private bool _branded;

    /// <summary>Facility A with its brand saved by its officer, once.</summary>
    public async Task<Guid> BrandedFacilityAsync()
    {
        if (!_branded)
        {
            (await sendAs(new HttpRequestMessage(HttpMethod.Put, $"/api/crafts/brands/{facilityId}") { Content = JsonContent.Create(CraftRecords.Brand) }, Caller.FacilityOfficer)).EnsureSuccessStatusCode();
            _branded = true;
        }

        return facilityId;
    }

    /// <summary>A fresh draft of facility A with one photo, added by its trainer.</summary>
    public async Task<(Guid ProductId, Guid PhotoId)> FreshPhotoAsync()
    {
        var productId = await crafts.FreshDraftAsync();
        var png = new ByteArrayContent(Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        png.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var added = await sendAs(new HttpRequestMessage(HttpMethod.Post, $"/api/crafts/products/{productId}/photos") { Content = new MultipartFormDataContent { { png, "image", "tas.png" } } }, Caller.Trainer);
        added.EnsureSuccessStatusCode();
        return (productId, (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }
}
