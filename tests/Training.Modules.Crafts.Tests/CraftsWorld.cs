using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Security;
using Training.Testing;

namespace Training.Modules.Crafts.Tests;

/// <summary>The host with a clock the tests move, and no sign-in limit for the many people they sign in.</summary>
public sealed class CraftsApp : BekalApp
{
    public CraftsApp() => With("Identity:SignInsPerMinutePerAddress", "100000");

    public MovableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>A facility whose residents make crafts: two officers (payouts need a second), a trainer and learners.</summary>
internal sealed record Workshop(CraftsApp App, Guid Id, string Code, string Name, HttpClient Officer, HttpClient SecondOfficer, HttpClient Trainer)
{
    public static async Task<Workshop> CreateAsync(CraftsApp app, string name = "Lapas Perempuan Kahayan")
    {
        var admin = await app.AdminAsync();
        var code = "KH-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var id = await Json.IdAsync(await admin.PostAsJsonAsync("/api/facilities", new { code, name, timeZone = "Asia/Jakarta" }));
        var (_, officer) = await app.StaffAsync(Roles.FacilityOfficer, id);
        var (_, second) = await app.StaffAsync(Roles.FacilityOfficer, id);
        var (_, trainer) = await app.StaffAsync(Roles.Trainer, id);
        return new Workshop(app, id, code, name, officer, second, trainer);
    }

    public static object Brand(string? name = null, string story = "Anyaman purun dan rajutan tangan dari Kalimantan Tengah.", bool namesFacility = false) => new
    {
        name = name ?? "Tangan " + Guid.NewGuid().ToString("N")[..8], story, storyEn = "Purun weaving and hand knitting from Central Kalimantan.", sellerOfRecord = "Koperasi Tangan Kahayan",
        sellerContact = "+62 811 5200 456", bankAccount = "BRI 0123-01-000123-30-1 a.n. Koperasi Tangan Kahayan", namesFacilityPublicly = namesFacility,
    };

    public static object Product(string title = "Tas Purun Anyaman", long price = 150_000, object[]? wholesale = null, bool madeToOrder = false, int? leadTimeDays = null) => new
    {
        title, description = "Tas tangan dari purun, dianyam rapat dan diberi pewarna alami.", craft = "Weaving", materials = "Purun, pewarna alami",
        materialOrigin = "Rawa gambut Kalimantan Tengah", dimensions = "30 × 25 × 10 cm", weightGrams = 350, care = "Jauhkan dari air.",
        priceRupiah = price, wholesale = wholesale ?? [new { minQuantity = 10, priceRupiah = 130_000 }, new { minQuantity = 50, priceRupiah = 115_000 }],
        minimumOrder = 1, madeToOrder, leadTimeDays, unitCodes = new[] { "C.131000.001.01" },
    };

    public async Task BrandAsync()
    {
        var saved = await Officer.PutAsJsonAsync($"/api/crafts/brands/{Id}", Brand());
        saved.StatusCode.Should().Be(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
    }

    /// <summary>A product drafted by the trainer and published by the officer, under the facility's brand.</summary>
    public async Task<Guid> PublishedProductAsync(string title = "Tas Purun Anyaman", long price = 150_000)
    {
        var id = await Json.IdAsync(await Trainer.PostAsJsonAsync("/api/crafts/products", Product(title, price)));
        (await Officer.PostAsync($"/api/crafts/products/{id}/publish", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        return id;
    }
}

internal static class Json
{
    public static async Task<Guid> IdAsync(HttpResponseMessage created)
    {
        created.IsSuccessStatusCode.Should().BeTrue(await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<string?> CodeAsync(HttpResponseMessage refused) =>
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("code", out var code) ? code.GetString() : null;
}
