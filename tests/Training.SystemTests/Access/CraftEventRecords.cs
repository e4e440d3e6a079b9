using System.Net.Http.Json;
using System.Text.Json;

namespace Training.SystemTests.Access;

/// <summary>Bazaars and exhibitions of facility A for the access matrix, announced fresh by its officer under its brand.</summary>
public sealed class CraftEventRecords(CraftCatalogueRecords catalogue, Func<HttpRequestMessage, Caller, Task<HttpResponseMessage>> sendAs)
{
    /// <summary>An event of facility A a week from now; the facility's id is given, as a platform admin gives it.</summary>
    public static object Event(Guid facilityId) => new
    {
        title = "Bazar Kriya Matriks", place = "Bundaran Besar", regency = "Kota Palangka Raya", facilityId,
        startsOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)), endsOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(8)),
    };

    public async Task<Guid> FreshAsync()
    {
        var facilityId = await catalogue.BrandedFacilityAsync();
        var announced = await sendAs(new HttpRequestMessage(HttpMethod.Post, "/api/crafts/events") { Content = JsonContent.Create(Event(facilityId)) }, Caller.FacilityOfficer);
        announced.EnsureSuccessStatusCode();
        return (await announced.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
