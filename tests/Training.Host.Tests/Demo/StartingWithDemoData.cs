using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.Host.Tests.Demo;

/// <summary>The host with demo data on, started on an empty database as <c>dotnet run</c> does on a first start.</summary>
public sealed class DemoApp : BekalApp
{
    public DemoApp() => With("Demo:Seed", "true");
}

/// <summary>
/// Every module's demo data appears on a first start, although the modules seed beside each other and
/// beside the relay delivering what the others seeded (a demo certificate reaching JobMatching while it
/// writes the same graduate's listing): a lost race is tried again, never given up.
/// </summary>
public sealed class StartingWithDemoData(DemoApp app) : IClassFixture<DemoApp>
{
    private const string Password = "Bekal-Demo-2026";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_first_start_on_an_empty_database_makes_the_demo_data_of_every_module()
    {
        // Identity: one account per role, the verified employer, and the five learners with their PINs.
        foreach (var username in new[] { "admin", "petugas", "pelatih", "asesor", "mitra" })
        {
            await app.SignedInAsync(username, Password);
        }

        var dewi = await LearnerAsync("WB-2026-002", "135790");
        foreach (var (number, pin) in new[] { ("WB-2026-001", "246810"), ("WB-2026-003", "482915"), ("WB-2026-004", "739164"), ("WB-2026-005", "581302") })
        {
            await LearnerAsync(number, pin);
        }

        // Courses: three published courses, and a cohort of each that Dewi is enrolled in.
        var catalog = await Eventually.Until(() => GetAsync(app.Client(), "/api/courses"), c => c.GetProperty("items").GetArrayLength() == 3, Patience);
        catalog.GetProperty("items").GetArrayLength().Should().Be(3);
        var enrollments = await Eventually.Until(() => GetAsync(dewi, "/api/me/enrollments"), e => e.GetArrayLength() == 3, Patience);
        enrollments.GetArrayLength().Should().Be(3);

        // Assessments: Dewi passed the knitting course.
        var passed = await Eventually.Until(
            () => PassedAsync(dewi, enrollments.EnumerateArray().Select(e => e.GetProperty("enrollmentId").GetGuid())), p => p == 1, Patience);
        passed.Should().Be(1);

        // Certificates: the relay issued hers.
        var certificates = await Eventually.Until(() => GetAsync(dewi, "/api/me/certificates"), c => c.GetArrayLength() == 1, Patience);
        certificates.GetArrayLength().Should().Be(1);

        // JobMatching: the demo postings, four searchable graduates, Dewi's certificate among her verified skills, and ranked matches.
        var mitra = await app.SignedInAsync("mitra", Password);
        var jobs = await Eventually.Until(() => GetAsync(mitra, "/api/jobs"), j => j.GetArrayLength() == 2, Patience);
        jobs.GetArrayLength().Should().Be(2);
        var graduates = await Eventually.Until(() => GetAsync(mitra, "/api/graduates?province=Kalimantan%20Tengah"), g => g.GetProperty("total").GetInt32() == 4, Patience);
        Aliases(graduates).Should().BeEquivalentTo("Tangan Terampil", "Perajut Kahayan", "Purun Bersinar", "Batik Batang Garing");
        var knitters = await Eventually.Until(() => GetAsync(mitra, "/api/graduates?skill=Knitting"), g => Aliases(g).Contains("Perajut Kahayan"), Patience);
        Aliases(knitters).Should().Contain("Perajut Kahayan");
        var matches = await Eventually.Until(
            () => GetAsync(mitra, $"/api/jobs/{jobs[0].GetProperty("id").GetGuid()}/matches"), m => m.GetProperty("rankedAt").ValueKind != JsonValueKind.Null, Patience);
        matches.GetProperty("rankedAt").ValueKind.Should().NotBe(JsonValueKind.Null);

        // Crafts: eight products in the public catalogue, three orders for the officer, and Siti's premi from the bazaar sales.
        var catalogue = await Eventually.Until(() => GetAsync(app.Client(), "/api/crafts/catalog"), c => c.GetProperty("total").GetInt64() == 8, Patience);
        catalogue.GetProperty("total").GetInt64().Should().Be(8);
        var petugas = await app.SignedInAsync("petugas", Password);
        (await GetAsync(petugas, "/api/crafts/orders")).EnumerateArray().Select(o => o.GetProperty("state").GetString())
            .Should().BeEquivalentTo("Requested", "Quoted", "Paid");
        var siti = await LearnerAsync("WB-2026-001", "246810");
        var premi = await Eventually.Until(() => GetAsync(siti, "/api/me/premi"), p => p.GetProperty("entries").GetArrayLength() > 0, Patience);
        premi.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("productTitle").GetString()).Should().Contain("Tas Belanja Purun");
        premi.GetProperty("balanceRupiah").GetInt64().Should().BePositive();
    }

    private async Task<HttpClient> LearnerAsync(string number, string pin)
    {
        var client = app.Client();
        (await client.PostAsJsonAsync("/api/auth/learner-sign-in", new { facilityCode = "LPP-PKY", learnerNumber = number, pin })).EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<int> PassedAsync(HttpClient learner, IEnumerable<Guid> enrollments)
    {
        var passed = 0;
        foreach (var enrollment in enrollments)
        {
            var result = await learner.GetAsync($"/api/enrollments/{enrollment}/result");
            if (result.IsSuccessStatusCode && (await result.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("passed").GetBoolean())
            {
                passed++;
            }
        }

        return passed;
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string[] Aliases(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("alias").GetString()!)];
}
