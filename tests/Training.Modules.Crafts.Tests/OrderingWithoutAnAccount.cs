using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;
using Marten;
using Training.Modules.Crafts.Contracts;
using Training.Modules.Crafts.Orders;
using Training.Modules.Crafts.Stock;
using Training.Testing.Driving;
using Xunit;

namespace Training.Modules.Crafts.Tests;

/// <summary>
/// A buyer orders without an account and follows the order by a private link; the seller's officer quotes,
/// records the payment and hands the goods over; stock is held on acceptance and sold on hand-over.
/// </summary>
public sealed class OrderingWithoutAnAccount(CraftsApp app) : IClassFixture<CraftsApp>
{
    [Fact]
    public async Task An_order_goes_from_request_to_completed_holding_stock_on_acceptance_and_selling_it_on_hand_over()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        await workshop.StockAsync(productId, 15);

        var (orderId, token) = await app.OrderAsync((productId, 12));
        (await app.TrackAsync(token)).GetProperty("state").GetString().Should().Be("Requested");
        await workshop.QuoteAsync(orderId, shipping: 40_000);
        var quoted = await app.TrackAsync(token);
        var accepted = await app.AcceptAsync(token);
        var reserved = await app.LedgerAsync(productId);
        var paid = await workshop.PayAsync(orderId, 12 * 130_000 + 40_000);
        var fulfilled = await workshop.Officer.PostAsJsonAsync($"/api/crafts/orders/{orderId}/fulfil", new { method = "Shipped", courier = "JNE", trackingNumber = "JNE0012345678" });

        quoted.GetProperty("state").GetString().Should().Be("Quoted");
        quoted.GetProperty("quote").GetProperty("totalRupiah").GetInt64().Should().Be(1_600_000, "twelve units earn the wholesale price of 130,000, plus shipping");
        quoted.GetProperty("seller").GetProperty("bankAccount").GetString().Should().StartWith("BRI 0123-01-000123-30-1");
        accepted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        reserved.Reserved.Should().Be(12);
        reserved.AvailableAt(StockLedger.Gallery).Should().Be(3);
        paid.StatusCode.Should().Be(HttpStatusCode.NoContent, await paid.Content.ReadAsStringAsync());
        fulfilled.StatusCode.Should().Be(HttpStatusCode.NoContent, await fulfilled.Content.ReadAsStringAsync());
        var done = await app.TrackAsync(token);
        done.GetProperty("state").GetString().Should().Be("Completed");
        done.GetProperty("fulfilment").GetProperty("trackingNumber").GetString().Should().Be("JNE0012345678");
        var sold = await app.LedgerAsync(productId);
        (sold.Reserved, sold.OnHandAt(StockLedger.Gallery)).Should().Be((0, 3));
        await using var session = app.Store.QuerySession();
        var sales = (await session.Events.FetchStreamAsync(orderId)).Select(e => e.Data).OfType<SaleCompletedIntegrationEvent>().ToList();
        sales.Should().ContainSingle().Which.Should().BeEquivalentTo(new { SaleId = orderId, FacilityId = workshop.Id, Channel = SaleChannel.Order });
        sales[0].Lines.Should().ContainSingle().Which.Amount.Amount.Should().Be(1_560_000, "shipping is not part of the sale's goods");
        sales[0].Lines[0].Batches.Sum(b => b.Units).Should().Be(12);
    }

    [Fact]
    public async Task A_tracking_token_holds_128_random_bits_each_order_its_own_and_a_wrong_one_finds_nothing()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();

        var (_, first) = await app.OrderAsync((productId, 1));
        var (secondId, second) = await app.OrderAsync((productId, 1));

        Base64Url.DecodeFromChars(first).Should().HaveCount(16);
        second.Should().NotBe(first);
        var wrong = Base64Url.EncodeToString(Guid.NewGuid().ToByteArray());
        (await app.Client().GetAsync($"/api/crafts/orders/track/{wrong}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await app.Client().GetAsync($"/api/crafts/orders/track/{secondId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await app.AcceptAsync(wrong)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        await using var session = app.Store.QuerySession();
        (await session.LoadAsync<Order>(secondId))!.TokenHash.Should().NotContain(second, "only the token's hash is stored");
    }

    [Fact]
    public async Task Payment_for_anything_but_the_quoted_total_is_refused_and_a_paid_order_cannot_be_cancelled()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        await workshop.StockAsync(productId, 2);
        var (orderId, token) = await app.OrderAsync((productId, 2));
        await workshop.QuoteAsync(orderId, shipping: 0);
        (await app.AcceptAsync(token)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var short_ = await workshop.PayAsync(orderId, 299_999);
        var paid = await workshop.PayAsync(orderId, 300_000);
        var cancel = await workshop.Officer.PostAsJsonAsync($"/api/crafts/orders/{orderId}/cancel", new { reason = "Pembeli berubah pikiran" });

        short_.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Json.CodeAsync(short_)).Should().Be("order.payment-not-total");
        paid.StatusCode.Should().Be(HttpStatusCode.NoContent);
        cancel.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Json.CodeAsync(cancel)).Should().Be("order.paid");
        (await app.LedgerAsync(productId)).Reserved.Should().Be(2, "the paid order still holds its units");
    }

    [Fact]
    public async Task Cancelling_an_accepted_order_gives_its_held_units_back_to_the_gallery()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        await workshop.StockAsync(productId, 3);
        var (orderId, token) = await app.OrderAsync((productId, 3));
        await workshop.QuoteAsync(orderId);
        await app.AcceptAsync(token);

        var cancel = await workshop.Officer.PostAsJsonAsync($"/api/crafts/orders/{orderId}/cancel", new { reason = "Pembayaran tidak datang" });

        cancel.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await app.LedgerAsync(productId)).AvailableAt(StockLedger.Gallery).Should().Be(3);
        var tracked = await app.TrackAsync(token);
        tracked.GetProperty("state").GetString().Should().Be("Cancelled");
        tracked.GetProperty("cancelReason").GetString().Should().Be("Pembayaran tidak datang");
    }

    [Fact]
    public async Task A_made_to_order_line_waits_for_production_and_cannot_be_handed_over_before_its_units_exist()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await Json.IdAsync(await workshop.Trainer.PostAsJsonAsync("/api/crafts/products", Workshop.Product("Taplak Rajut", madeToOrder: true, leadTimeDays: 14)));
        (await workshop.Officer.PostAsync($"/api/crafts/products/{productId}/publish", null)).EnsureSuccessStatusCode();
        var (orderId, token) = await app.OrderAsync((productId, 4));
        await workshop.QuoteAsync(orderId, shipping: 0);

        var accepted = await app.AcceptAsync(token);
        var tasks = await workshop.Trainer.GetFromJsonAsync<JsonElement>("/api/me/tasks");
        await workshop.PayAsync(orderId, 4 * 150_000);
        var early = await workshop.Officer.PostAsJsonAsync($"/api/crafts/orders/{orderId}/fulfil", new { method = "PickedUp" });
        await workshop.StockAsync(productId, 4);
        var handed = await workshop.Officer.PostAsJsonAsync($"/api/crafts/orders/{orderId}/fulfil", new { method = "PickedUp" });

        accepted.StatusCode.Should().Be(HttpStatusCode.NoContent, "made-to-order lines hold no stock");
        tasks.EnumerateArray().Select(t => t.GetProperty("kind").GetString()).Should().Contain("crafts.order-production");
        early.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Json.CodeAsync(early)).Should().Be("order.not-produced");
        handed.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await app.LedgerAsync(productId)).Total.Should().Be(0);
    }

    [Fact]
    public async Task Another_facilitys_officer_finds_no_such_order()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        var other = await Workshop.CreateAsync(app, "Lapas Perempuan Sampit");
        var (orderId, _) = await app.OrderAsync((productId, 1));

        (await other.Officer.GetAsync($"/api/crafts/orders/{orderId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.Officer.PostAsJsonAsync($"/api/crafts/orders/{orderId}/quote", OrdersWorld.Quote(app.NextWeek()))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.Officer.PostAsJsonAsync($"/api/crafts/orders/{orderId}/cancel", new { reason = "Bukan milik kami" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.Officer.GetFromJsonAsync<JsonElement>("/api/crafts/orders")).EnumerateArray().Should().BeEmpty();
        (await workshop.Officer.GetFromJsonAsync<JsonElement>("/api/crafts/orders?state=Requested")).EnumerateArray()
            .Select(o => o.GetProperty("id").GetGuid()).Should().Equal(orderId);
    }

    [Fact]
    public async Task Order_requests_that_break_a_rule_are_refused_and_nothing_is_stored()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        var draftId = await Json.IdAsync(await workshop.Trainer.PostAsJsonAsync("/api/crafts/products", Workshop.Product("Dompet Purun")));
        var other = await Workshop.CreateAsync(app, "Lapas Perempuan Sampit");
        await other.BrandAsync();
        var othersProduct = await other.PublishedProductAsync("Tas Rotan");
        var noContact = new { lines = new[] { new { productId, quantity = 1 } }, buyer = new { name = "Ibu Rina" }, province = "Kalimantan Tengah" };
        var noProvince = new { lines = new[] { new { productId, quantity = 1 } }, buyer = OrdersWorld.Buyer() };
        var badEmail = new { lines = new[] { new { productId, quantity = 1 } }, buyer = new { name = "Ibu Rina", email = "bukan-surel" }, province = "Kalimantan Tengah" };

        var refusals = new List<(HttpResponseMessage Response, string? Code)>();
        foreach (var body in new object[]
                 {
                     OrdersWorld.Order(), OrdersWorld.Order((productId, 0)), OrdersWorld.Order((draftId, 1)), OrdersWorld.Order((productId, 1), (othersProduct, 1)),
                     OrdersWorld.Order((productId, 1), (productId, 2)), noContact, noProvince, badEmail,
                 })
        {
            var response = await app.Client().PostAsJsonAsync("/api/crafts/orders", body);
            refusals.Add((response, await Json.CodeAsync(response)));
        }

        refusals.Should().OnlyContain(r => r.Response.StatusCode == HttpStatusCode.BadRequest);
        refusals.Select(r => r.Code).Should().Contain(["order.product-unavailable", "order.one-seller"]);
        await using var session = app.Store.QuerySession();
        (await session.Query<Order>().CountAsync(o => o.FacilityId == workshop.Id || o.FacilityId == other.Id)).Should().Be(0);
    }

    [Fact]
    public async Task A_quantity_below_the_minimum_order_or_outside_its_multiple_is_refused_and_a_phone_alone_is_contact_enough()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var product = Workshop.Product("Tikar Purun");
        var body = JsonSerializer.SerializeToNode(product)!.AsObject();
        body["minimumOrder"] = 6;
        body["orderMultiple"] = 3;
        var productId = await Json.IdAsync(await workshop.Trainer.PostAsJsonAsync("/api/crafts/products", body));
        (await workshop.Officer.PostAsync($"/api/crafts/products/{productId}/publish", null)).EnsureSuccessStatusCode();

        var few = await app.Client().PostAsJsonAsync("/api/crafts/orders", OrdersWorld.Order((productId, 3)));
        var odd = await app.Client().PostAsJsonAsync("/api/crafts/orders", OrdersWorld.Order((productId, 7)));
        var fits = await app.Client().PostAsJsonAsync("/api/crafts/orders",
            new { lines = new[] { new { productId, quantity = 9 } }, buyer = new { name = "Pak Budi", phone = "0812-3456-7890" }, province = "Kalimantan Selatan" });

        (await Json.CodeAsync(few)).Should().Be("order.quantity");
        (await Json.CodeAsync(odd)).Should().Be("order.quantity");
        fits.StatusCode.Should().Be(HttpStatusCode.Created, await fits.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Buyers_accepting_at_once_for_the_last_units_get_exactly_the_units_there_are()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        await workshop.StockAsync(productId, 10);
        var orders = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            var (orderId, token) = await app.OrderAsync((productId, 2));
            await workshop.QuoteAsync(orderId);
            orders.Add(token);
        }

        var answers = await Task.WhenAll(orders.Select(token => app.AcceptAsync(token)));

        answers.Count(a => a.StatusCode == HttpStatusCode.NoContent).Should().Be(5);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.NoContent))
        {
            refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
            (await Json.CodeAsync(refused)).Should().Be("order.stock-short");
        }

        var ledger = await app.LedgerAsync(productId);
        (ledger.Reserved, ledger.AvailableAt(StockLedger.Gallery)).Should().Be((10, 0));
    }

    [Fact]
    public async Task A_verified_employer_ordering_from_its_account_buys_as_its_organisation_and_the_officer_is_told_to_quote()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        var username = "mitra" + Guid.NewGuid().ToString("N")[..8];
        var employerId = await app.Client().RegisterEmployerAsync(username);
        (await (await app.AdminAsync()).PostAsync($"/api/employers/{employerId}/verify", null)).EnsureSuccessStatusCode();
        var employer = await app.SignedInAsync(username, IdentityApi.EmployerPassword);

        var placed = await employer.PostAsJsonAsync("/api/crafts/orders", OrdersWorld.Order((productId, 2)));
        var orderId = await Json.IdAsync(placed);

        var order = await workshop.Officer.GetFromJsonAsync<JsonElement>($"/api/crafts/orders/{orderId}");
        order.GetProperty("buyer").GetProperty("organisation").GetString().Should().Be($"UMKM {username}");
        order.GetProperty("buyer").GetProperty("verifiedEmployer").GetBoolean().Should().BeTrue();
        var tasks = await workshop.Officer.GetFromJsonAsync<JsonElement>("/api/me/tasks");
        tasks.EnumerateArray().Should().Contain(t => t.GetProperty("kind").GetString() == "crafts.order-to-quote" && t.GetProperty("href").GetString() == $"/crafts/orders/{orderId}");
    }

    [Fact]
    public async Task A_retried_order_request_with_the_same_idempotency_key_makes_one_order()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        var key = Guid.NewGuid().ToString();

        async Task<JsonElement> SendAsync()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/crafts/orders") { Content = JsonContent.Create(OrdersWorld.Order((productId, 1))) };
            request.Headers.Add("Idempotency-Key", key);
            var response = await app.Client().SendAsync(request);
            response.StatusCode.Should().Be(HttpStatusCode.Created);
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        var first = await SendAsync();
        var again = await SendAsync();

        again.GetProperty("id").GetGuid().Should().Be(first.GetProperty("id").GetGuid());
        await using var session = app.Store.QuerySession();
        (await session.Query<Order>().CountAsync(o => o.FacilityId == workshop.Id)).Should().Be(1);
    }
}

/// <summary>The crafts host with only three order requests per address and hour.</summary>
public sealed class FewOrders : IAsyncLifetime
{
    public FewOrders() => App.With("Crafts:OrdersPerHourPerAddress", "3");

    public CraftsApp App { get; } = new();

    public Task InitializeAsync() => App.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();
}

/// <summary>Order requests are limited per client address, so nobody floods a facility's queue.</summary>
public sealed class LimitingOrderRequests(FewOrders few) : IClassFixture<FewOrders>
{
    [Fact]
    public async Task The_fourth_order_request_in_an_hour_from_one_address_is_refused_with_429()
    {
        var app = few.App;
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await app.Client().PostAsJsonAsync("/api/crafts/orders", OrdersWorld.Order((productId, 1)))).StatusCode);
        }

        answers.Should().Equal(HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests);
    }
}
