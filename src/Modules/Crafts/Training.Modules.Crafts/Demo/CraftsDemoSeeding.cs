using Marten;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Demo;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Time;
using Training.Modules.Courses.Contracts;
using Training.Modules.Crafts.Batches;
using Training.Modules.Crafts.Brands;
using Training.Modules.Crafts.Contracts;
using Training.Modules.Crafts.Orders;
using Training.Modules.Crafts.Premi;
using Training.Modules.Crafts.Products;
using Training.Modules.Crafts.Sales;
using Training.Modules.Crafts.Stock;
using Training.Modules.Crafts.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.Demo;

/// <summary>
/// With demo data on, once the demo facility and its people exist: the facility's brand, a 50/30/20
/// allocation rule, eight published products with batches made by demo learners (Siti Aminah
/// WB-2026-001 among the makers), two bazaar sales whose premi the relay allocates, and three orders
/// (one requested, one quoted, one paid). Runs beside start-up, never twice.
/// </summary>
internal sealed class CraftsDemoSeeding(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<CraftsDemoSeeding> logger)
    : DemoSeeding(scopes, configuration, clock, logger)
{
    protected override Task<bool> TrySeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IMediator>().Send(new SeedDemoCrafts(), cancellationToken);
}

/// <summary>Seeds the demo brand, products, batches, sales and orders; answers false while the demo facility and its people are not there yet.</summary>
internal sealed record SeedDemoCrafts : ICommand<bool>;

internal sealed class SeedDemoCraftsHandler(IDocumentSession session, IMediator mediator, TimeProvider clock) : IRequestHandler<SeedDemoCrafts, bool>
{
    private const string DemoFacility = "LPP-PKY";

    private sealed record DemoProduct(
        string Title, string TitleEn, string Description, SkillCategory Craft, string Materials, string Dimensions, int WeightGrams, long Price,
        WholesaleTier[] Wholesale, int? LeadTimeDays, int Made, string[] Makers);

    private static readonly DemoProduct[] Products =
    [
        new("Tikar Purun Anyaman Kahayan", "Kahayan woven purun mat", "Tikar anyaman purun dengan motif garis, dikeringkan di bawah matahari dan dianyam rapat.",
            SkillCategory.Weaving, "Purun (rumput rawa), pewarna alami", "180 x 120 cm", 1400, 185_000,
            [new(10, new Rupiah(165_000)), new(25, new Rupiah(150_000))], null, 30, ["WB-2026-001", "WB-2026-003"]),
        new("Keranjang Rotan Bundar", "Round rattan basket", "Keranjang rotan bundar dengan tutup, kuat untuk menyimpan kain atau hasil kebun.",
            SkillCategory.Weaving, "Rotan", "diameter 35 cm, tinggi 30 cm", 900, 120_000, [], null, 12, ["WB-2026-003"]),
        new("Tas Rajut Batang Garing", "Batang Garing knitted bag", "Tas bahu rajut tangan dengan motif pohon batang garing, dilapisi kain di bagian dalam.",
            SkillCategory.Knitting, "Benang katun, kain furing", "30 x 28 cm", 350, 150_000, [], null, 15, ["WB-2026-001", "WB-2026-002"]),
        new("Kain Batik Tulis Benang Bintik", "Benang Bintik hand-drawn batik cloth", "Kain batik tulis motif benang bintik khas Kalimantan Tengah, diwarnai dengan pewarna sintetis yang tahan luntur.",
            SkillCategory.Batik, "Kain katun primissima, malam, pewarna", "200 x 115 cm", 400, 450_000, [], null, 6, ["WB-2026-004"]),
        new("Dompet Jahit Tenun", "Sewn woven-fabric pouch", "Dompet kecil berisleting dari potongan kain tenun, dijahit rapi dengan furing.",
            SkillCategory.Sewing, "Kain tenun, furing, ritsleting", "18 x 11 cm", 80, 45_000, [], null, 40, ["WB-2026-002"]),
        new("Tas Belanja Purun", "Purun shopping bag", "Tas belanja anyaman purun dengan pegangan kain, pengganti kantong plastik.",
            SkillCategory.Weaving, "Purun, kain katun", "40 x 35 cm", 300, 75_000, [], null, 25, ["WB-2026-001"]),
        new("Taplak Meja Batik Pesanan", "Made-to-order batik tablecloth", "Taplak meja batik tulis, dibuat sesuai ukuran meja pemesan.",
            SkillCategory.Batik, "Kain katun, malam, pewarna", "sesuai pesanan", 500, 220_000, [], 21, 0, []),
        new("Topi Rajut Anak", "Knitted children's hat", "Topi rajut lembut untuk anak, hangat dan tidak gatal.",
            SkillCategory.Knitting, "Benang akrilik lembut", "lingkar kepala 48-52 cm", 90, 60_000, [], null, 20, ["WB-2026-002"]),
    ];

    // Every demo stream is new: its events are gathered here and each stream is started once with all of them.
    private readonly Dictionary<Guid, (Type Aggregate, List<object> Events)> _streams = [];

    public async Task<bool> Handle(SeedDemoCrafts command, CancellationToken cancellationToken)
    {
        if (await session.Query<Product>().AnyAsync(cancellationToken))
        {
            return true;
        }

        if (await mediator.Send(new FindFacility(DemoFacility), cancellationToken) is not { } facility)
        {
            return false;
        }

        var officer = (await mediator.Send(new ListStaffOfFacility(facility.FacilityId, Roles.FacilityOfficer), cancellationToken)).FirstOrDefault();
        var trainer = (await mediator.Send(new ListStaffOfFacility(facility.FacilityId, Roles.Trainer), cancellationToken)).FirstOrDefault();
        var learners = (await mediator.Send(new ListLearnersOfFacility(facility.FacilityId), cancellationToken)).ToDictionary(l => l.LearnerNumber, l => l.LearnerId);
        if (officer is null || trainer is null || !learners.ContainsKey("WB-2026-001"))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var today = FacilityTime.Day(now);
        var facilityId = facility.FacilityId;
        Start<Brand>(Brand.IdFor(facilityId), new BrandSaved(facilityId, Slugs.From("Anyam Kahayan"),
            new BrandProfile("Anyam Kahayan",
                "Anyaman purun, rotan, rajutan dan batik dari Kalimantan Tengah, dibuat oleh warga binaan yang belajar kerajinan di pelatihan. Setiap pembelian ikut membayar premi pembuatnya.",
                "Purun and rattan weaving, knitting and batik from Central Kalimantan, made by learners in craft training. Every purchase pays its makers a premium."),
            new SellerOfRecord("Koperasi Karya Mandiri Kahayan", "WhatsApp 0812-5500-2026, karya.kahayan@example.id", "Bank Kalteng 0123-4567-89 a.n. Koperasi Karya Mandiri Kahayan"),
            false, officer.AccountId, now));

        var rulesId = AllocationRules.IdFor(facilityId);
        Start<AllocationRules>(rulesId,
            new AllocationRuleSet(rulesId, facilityId, new AllocationRule(new AllocationShares(50, 30, 20), today.AddDays(-60),
                "Peraturan Pemerintah tentang tarif PNBP dan keputusan kepala fasilitas tentang premi hasil kerja", officer.AccountId, now)),
            new WaitingSalesToAllocate(facilityId));

        var ledgers = new Dictionary<Guid, StockLedger>();
        var products = new List<Product>();
        foreach (var demo in Products)
        {
            var product = Publish(demo, facilityId, trainer.AccountId, officer.AccountId, now);
            products.Add(product);
            if (demo.Made > 0)
            {
                ledgers[product.Id] = RecordBatch(product, demo, learners, today.AddDays(-20), trainer.AccountId, now);
            }
        }

        Sell(facilityId, [(products[0], 2), (products[2], 1)], ledgers, officer.AccountId, now.AddMinutes(-90));
        Sell(facilityId, [(products[5], 3)], ledgers, officer.AccountId, now.AddMinutes(-60));

        var requested = Request(facilityId, "Rina Kartika", "0812-3456-7890", null, "Kalimantan Tengah", "Kota Palangka Raya", [(products[1], 2)], now);
        var quoted = Request(facilityId, "Hendra Wijaya", null, "hendra@example.id", "Kalimantan Selatan", "Kota Banjarmasin", [(products[0], 12)], now);
        Append(quoted.Id, quoted.QuoteWith(Quote(quoted, 60_000, today.AddDays(7)), officer.AccountId, now));
        var paid = Request(facilityId, "Galeri Nusantara", "0813-2222-3333", null, "DKI Jakarta", null, [(products[6], 4)], now);
        var paidQuote = Quote(paid, 95_000, today.AddDays(21));
        var paidQuoted = paid.QuoteWith(paidQuote, officer.AccountId, now);
        var accepting = paid.Apply(paidQuoted);
        var accepted = accepting.Accept(now);
        Append(paid.Id, paidQuoted, accepted,
            accepting.Apply(accepted).Pay(new Payment(paidQuote.Total, Orders.PaymentMethod.Transfer, "TRF-20260012", today), officer.AccountId, now));
        foreach (var (id, (aggregate, events)) in _streams)
        {
            session.Events.StartStream(aggregate, id, [.. events]);
        }

        return true;
    }

    private Product Publish(DemoProduct demo, Guid facilityId, Guid trainerId, Guid officerId, DateTimeOffset now)
    {
        var id = Guid.NewGuid();
        var description = new ProductDescription(demo.Title, demo.TitleEn, demo.Description, null, demo.Craft, demo.Materials, "Kalimantan Tengah",
            demo.Dimensions, demo.WeightGrams, "Jauhkan dari air dan simpan di tempat kering.");
        var drafted = new ProductDrafted(id, facilityId, Slugs.Unique(demo.Title, id), description,
            new Pricing(new Rupiah(demo.Price), demo.Wholesale, 1, 1), new Making(demo.LeadTimeDays is not null, demo.LeadTimeDays), [], trainerId, now);
        var product = Product.Create(drafted);
        var published = product.Publish(officerId, now);
        Start<Product>(id, drafted, published);
        return product.Apply(published);
    }

    private StockLedger RecordBatch(Product product, DemoProduct demo, Dictionary<string, Guid> learners, DateOnly producedOn, Guid trainerId, DateTimeOffset now)
    {
        var batchId = Guid.NewGuid();
        var cost = new Rupiah(demo.Price * demo.Made / 4);
        Start<Batch>(batchId, new BatchRecorded(batchId, product.FacilityId, product.Id, BatchCodes.New(producedOn), demo.Made, producedOn, cost,
            [.. demo.Makers.Where(learners.ContainsKey).Select(m => new MakerShare(learners[m], 1))], trainerId, now));
        var produced = StockLedger.Produce(product.Id, product.FacilityId, batchId, demo.Made, cost, trainerId, now);
        Start<StockLedger>(produced.LedgerId, produced);
        return StockLedger.Create(produced);
    }

    private void Sell(Guid facilityId, (Product Product, int Quantity)[] lines, Dictionary<Guid, StockLedger> ledgers, Guid officerId, DateTimeOffset at)
    {
        var saleId = Guid.NewGuid();
        var sold = new List<SoldLine>();
        foreach (var (product, quantity) in lines)
        {
            var moved = ledgers[product.Id].TakeOut(MovementKind.Sold, StockLedger.Gallery, quantity, saleId, officerId, at);
            ledgers[product.Id] = ledgers[product.Id].Apply(moved);
            Append(StockLedger.IdFor(product.Id), moved);
            sold.Add(new SoldLine(product.Id, product.Description.Craft.ToString(), quantity, product.Pricing.UnitPriceFor(quantity), moved.Drawn));
        }

        Start<Sale>(saleId,
            new SaleRecorded(saleId, facilityId, StockLedger.Gallery, Sales.PaymentMethod.Cash, "Bazar Hari Kerajinan",
                [.. lines.Select(l => new SaleLine(l.Product.Id, l.Product.Description.Title, l.Quantity, l.Product.Pricing.UnitPriceFor(l.Quantity)))], officerId, at),
            new SaleCompletedIntegrationEvent(saleId, facilityId, SaleChannel.Bazaar, at, sold));
    }

    private Order Request(
        Guid facilityId, string name, string? phone, string? email, string province, string? regency, (Product Product, int Quantity)[] lines, DateTimeOffset now)
    {
        var id = Guid.NewGuid();
        var request = new OrderRequest(new Buyer(name, phone, email, null), new Delivery(province, regency), null,
            [.. lines.Select(l => new OrderLine(l.Product.Id, l.Product.Description.Title, l.Product.Description.Craft.ToString(), l.Quantity,
                l.Product.Pricing.UnitPriceFor(l.Quantity), l.Product.Making.MadeToOrder))],
            null);
        var requested = new OrderRequested(id, facilityId, TrackingTokens.HashOf(TrackingTokens.New()), request, now);
        Start<Order>(id, requested);
        return Order.Create(requested);
    }

    private void Start<TAggregate>(Guid id, params object[] events) => _streams[id] = (typeof(TAggregate), [.. events]);

    private void Append(Guid id, params object[] events) => _streams[id].Events.AddRange(events);

    private static Quote Quote(Order order, long shipping, DateOnly readyBy) =>
        new([.. order.Lines.Select(l => new QuotedLine(l.ProductId, l.Quantity, l.ListUnitPrice))], new Rupiah(shipping), readyBy);
}
