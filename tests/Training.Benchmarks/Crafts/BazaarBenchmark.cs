using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Training.Benchmarks.Assessments;
using Training.BuildingBlocks.Security;
using Training.Host.Tests.Web;
using Training.Testing;

namespace Training.Benchmarks.Crafts;

/// <summary>
/// A bazaar day: 20 tablets, each the facility's officer on a session of her own, record sales at once over HTTP
/// against the host on Kestrel (POST /api/crafts/sales, one to three random products of the stall a sale, each
/// product's stock ledger locked while its units leave), every tablet one sale after another. The baseline in the
/// same run is one tablet recording the same number of sales alone: what the other 19 add is queueing for
/// ledger locks, connections and the two cores.
/// </summary>
internal static class BazaarBenchmark
{
    private const int Tablets = 20;
    private const int SalesPerTablet = 40;
    private const int Products = 60;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    public static async Task<int> RunAsync()
    {
        await using var app = new KestrelBekalApp();
        app.With("Identity:SignInsPerMinutePerAddress", "100000");
        await app.InitializeAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var timeout = new CancellationTokenSource(Limit);
        var ct = timeout.Token;

        var admin = await SignedInAsync(address, BekalApp.AdminUsername, BekalApp.AdminPassword, ct);
        var facility = await admin.PostAsJsonAsync("/api/facilities", new { code = "F-" + Guid.NewGuid().ToString("N")[..8], name = "Lapas Bazar", timeZone = "Asia/Jakarta" }, ct);
        var facilityId = (await facility.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<Created>(ct))!.Id;
        var username = "petugas-" + Guid.NewGuid().ToString("N")[..8];
        (await admin.PostAsJsonAsync("/api/staff", new { username, password = People.IssuedPassword, displayName = "Petugas Bazar", role = Roles.FacilityOfficer, facilityId }, ct))
            .EnsureSuccessStatusCode();
        var first = await SignedInAsync(address, username, People.IssuedPassword, ct);
        (await first.PostAsJsonAsync("/api/me/secret", new { current = People.IssuedPassword, @new = People.Password }, ct)).EnsureSuccessStatusCode();
        var tablets = new List<HttpClient> { first };
        for (var t = 1; t < Tablets; t++)
        {
            tablets.Add(await SignedInAsync(address, username, People.Password, ct));
        }

        var stall = await CraftsData.StockStallAsync(app.Store, 0, facilityId, Products, 100_000);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Tablets} tablets x {SalesPerTablet} sales at once vs 1 tablet x {SalesPerTablet} sales; {Products} products on the stall; {Environment.ProcessorCount} cores"));

        // JIT and connection pools: neither measured run pays for them.
        await SellAsync(tablets.Take(2).ToList(), 5, stall, new Step("warm-up"), ct);

        var alone = new Step("1 tablet");
        var aloneTime = await SellAsync([tablets[0]], SalesPerTablet, stall, alone, ct);
        var together = new Step($"{Tablets} tablets");
        var togetherTime = await SellAsync(tablets, SalesPerTablet, stall, together, ct);

        Console.WriteLine(alone.Describe() + Invariant($"   ({SalesPerTablet} sales in {aloneTime.TotalSeconds:0.0} s)"));
        Console.WriteLine(together.Describe() + Invariant($"   ({Tablets * SalesPerTablet} sales in {togetherTime.TotalSeconds:0.0} s)"));
        Console.WriteLine(Invariant($"p95 per sale {Tablets} tablets / 1 tablet: {together.Percentile(0.95) / alone.Percentile(0.95):0.00}; ")
            + Invariant($"sales per second {Tablets} tablets / 1 tablet: {together.PerSecond / alone.PerSecond:0.00}; errors: {together.Errors} (target 0)"));
        return together.Errors + alone.Errors == 0 ? 0 : 1;
    }

    /// <summary>Every tablet records <paramref name="sales"/> sales one after another, all tablets released at once.</summary>
    private static async Task<TimeSpan> SellAsync(IReadOnlyList<HttpClient> tablets, int sales, IReadOnlyList<StockedProduct> stall, Step step, CancellationToken ct)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = tablets.Select(async (tablet, t) =>
        {
            var random = new Random(t);
            await gate.Task;
            for (var s = 0; s < sales; s++)
            {
                var lines = stall.OrderBy(_ => random.Next()).Take(random.Next(1, 4))
                    .Select(p => new { productId = p.Id, quantity = random.Next(1, 3), unitPriceRupiah = p.Price });
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/crafts/sales")
                {
                    Content = JsonContent.Create(new { method = "Cash", lines }),
                };
                request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
                using var response = await step.TimeAsync(() => tablet.SendAsync(request, ct));
            }
        }).ToList();
        var started = Stopwatch.StartNew();
        gate.SetResult();
        await Task.WhenAll(running);
        return started.Elapsed;
    }

    private static async Task<HttpClient> SignedInAsync(Uri address, string username, string password, CancellationToken ct)
    {
        var client = Classroom.Client(address);
        (await client.PostAsJsonAsync("/api/auth/sign-in", new { username, password }, ct)).EnsureSuccessStatusCode();
        return client;
    }

    private sealed record Created(Guid Id);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
