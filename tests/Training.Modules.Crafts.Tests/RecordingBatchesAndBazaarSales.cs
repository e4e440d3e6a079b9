using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Marten;
using Training.Modules.Crafts.Batches;
using Training.Modules.Crafts.Contracts;
using Training.Modules.Crafts.Sales;
using Training.Modules.Crafts.Stock;
using Xunit;

namespace Training.Modules.Crafts.Tests;

/// <summary>Batches bring units into the gallery; officers move them and sell them at a bazaar, never more than there are.</summary>
public sealed class RecordingBatchesAndBazaarSales(CraftsApp app) : IClassFixture<CraftsApp>
{
    [Fact]
    public async Task A_recorded_batch_puts_its_units_in_the_gallery_and_its_makers_must_be_the_facilitys_learners()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        var other = await Workshop.CreateAsync(app, "Lapas Perempuan Sampit");
        var stranger = await other.LearnerAsync();
        var maker = await workshop.LearnerAsync();

        var created = await workshop.Trainer.PostAsJsonAsync("/api/crafts/batches", StockWorld.Batch(productId, 12, 240_000, maker));
        var refused = await workshop.Trainer.PostAsJsonAsync("/api/crafts/batches", StockWorld.Batch(productId, 5, 100_000, maker, stranger));
        var stock = await workshop.Officer.GetFromJsonAsync<ProductStockView>($"/api/crafts/products/{productId}/stock");

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Json.CodeAsync(refused)).Should().Be("batch.maker-not-learner");
        stock!.OnHand.Should().ContainSingle().Which.Should().Be(new LocationStock(StockLedger.Gallery, 12, 12));
        stock.Lines.Should().ContainSingle().Which.Kind.Should().Be("Produced");
        await using var session = app.Store.QuerySession();
        (await session.Query<Batch>().Where(b => b.ProductId == productId).ToListAsync()).Should().ContainSingle()
            .Which.Code.Should().MatchRegex("^B[0-9]{2}-[0-9A-Z]{6}$");
    }

    [Fact]
    public async Task Another_facilitys_officer_gets_not_found_for_the_batch_the_stock_the_move_and_the_sale()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        await workshop.BatchAsync(productId, 5);
        var other = await Workshop.CreateAsync(app, "Lapas Perempuan Sampit");
        var theirMaker = await other.LearnerAsync();

        (await other.Officer.PostAsJsonAsync("/api/crafts/batches", StockWorld.Batch(productId, 3, 1000, theirMaker))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.Officer.GetAsync($"/api/crafts/products/{productId}/stock")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.Officer.PostAsJsonAsync("/api/crafts/stock/moves", new { productId, quantity = 1, to = "Pameran" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.Officer.PostAsJsonAsync("/api/crafts/sales", StockWorld.Sale(productId, 1))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Fifty_concurrent_sales_for_the_last_ten_units_sell_exactly_ten_and_the_ledger_never_goes_negative()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        await workshop.BatchAsync(productId, 10);
        var officers = new[] { workshop.Officer, workshop.SecondOfficer };

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            officers[i % 2].PostAsJsonAsync("/api/crafts/sales", StockWorld.Sale(productId, 1 + (i % 3)))));

        answers.Select(a => a.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.Created || s == HttpStatusCode.Conflict);
        await using var session = app.Store.QuerySession();
        var sales = await session.Query<Sale>().Where(s => s.FacilityId == workshop.Id).ToListAsync();
        sales.Should().HaveCount(answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        sales.Sum(s => s.Lines.Sum(l => l.Quantity)).Should().Be(10);
        var moves = (await session.Events.FetchStreamAsync(StockLedger.IdFor(productId))).Select(e => e.Data).OfType<StockMoved>().ToList();
        var onHand = 0;
        foreach (var move in moves)
        {
            onHand += move.Kind == MovementKind.Produced ? move.Quantity : -move.Quantity;
            onHand.Should().BeGreaterThanOrEqualTo(0);
        }

        var ledger = await session.LoadAsync<StockLedger>(StockLedger.IdFor(productId));
        ledger!.OnHandAt(StockLedger.Gallery).Should().Be(onHand).And.Be(0);
    }

    [Fact]
    public async Task A_sale_announces_its_batches_and_their_material_cost_and_a_retried_tap_sells_once()
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        var older = await workshop.BatchAsync(productId, 2, 100_000);
        var newer = await workshop.BatchAsync(productId, 4, 200_000);
        var moved = await workshop.Officer.PostAsJsonAsync("/api/crafts/stock/moves", new { productId, quantity = 6, to = "  Pameran Kriya  " });
        moved.StatusCode.Should().Be(HttpStatusCode.NoContent, await moved.Content.ReadAsStringAsync());

        var key = Guid.NewGuid().ToString();
        var first = await SellAsync(workshop, key, StockWorld.Sale(productId, 3, 140_000, "Pameran Kriya", "Qris"));
        var retried = await SellAsync(workshop, key, StockWorld.Sale(productId, 3, 140_000, "Pameran Kriya", "Qris"));

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        var saleId = await Json.IdAsync(retried);
        saleId.Should().Be(await Json.IdAsync(first));
        await using var session = app.Store.QuerySession();
        var completed = (await session.Events.FetchStreamAsync(saleId)).Select(e => e.Data).OfType<SaleCompletedIntegrationEvent>().Single();
        completed.Channel.Should().Be(SaleChannel.Bazaar);
        var line = completed.Lines.Should().ContainSingle().Subject;
        line.Craft.Should().Be("Weaving");
        line.Amount.Amount.Should().Be(420_000);
        line.Batches.Should().Equal(new SoldFromBatch(older, 2, new(100_000)), new SoldFromBatch(newer, 1, new(50_000)));
        (await session.LoadAsync<StockLedger>(StockLedger.IdFor(productId)))!.OnHandAt("Pameran Kriya").Should().Be(3);
    }

    [Theory]
    [InlineData(0, 150_000L, "Cash")]
    [InlineData(1, 0L, "Cash")]
    [InlineData(1, 150_000L, "Barter")]
    public async Task A_sale_with_bad_input_is_refused_and_nothing_is_stored(int quantity, long price, string method)
    {
        var workshop = await Workshop.CreateAsync(app);
        await workshop.BrandAsync();
        var productId = await workshop.PublishedProductAsync();
        await workshop.BatchAsync(productId, 5);

        var refused = await workshop.Officer.PostAsJsonAsync("/api/crafts/sales", StockWorld.Sale(productId, quantity, price, method: method));

        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await using var session = app.Store.QuerySession();
        (await session.Query<Sale>().CountAsync(s => s.FacilityId == workshop.Id)).Should().Be(0);
        (await session.LoadAsync<StockLedger>(StockLedger.IdFor(productId)))!.OnHandAt(StockLedger.Gallery).Should().Be(5);
    }

    [Fact]
    public async Task A_batch_made_tomorrow_or_without_makers_is_refused_and_nothing_is_stored()
    {
        var workshop = await Workshop.CreateAsync(app);
        var productId = await Json.IdAsync(await workshop.Trainer.PostAsJsonAsync("/api/crafts/products", Workshop.Product(madeToOrder: true, leadTimeDays: 14)));
        var maker = await workshop.LearnerAsync();
        var tomorrow = FacilityTomorrow();

        var future = await workshop.Trainer.PostAsJsonAsync("/api/crafts/batches",
            new { productId, quantity = 3, producedOn = tomorrow, materialCostRupiah = 1000, makers = new[] { new { learnerId = maker, share = 1 } } });
        var nobody = await workshop.Trainer.PostAsJsonAsync("/api/crafts/batches", StockWorld.Batch(productId, 3, 1000));

        future.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Json.CodeAsync(future)).Should().Be("batch.produced-in-future");
        nobody.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await using var session = app.Store.QuerySession();
        (await session.Query<Batch>().CountAsync(b => b.ProductId == productId)).Should().Be(0);
        (await session.LoadAsync<StockLedger>(StockLedger.IdFor(productId))).Should().BeNull();
    }

    private DateOnly FacilityTomorrow() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta")).DateTime).AddDays(1);

    private static async Task<HttpResponseMessage> SellAsync(Workshop workshop, string key, object sale)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/crafts/sales") { Content = JsonContent.Create(sale) };
        request.Headers.Add("Idempotency-Key", key);
        return await workshop.Officer.SendAsync(request);
    }
}
