using System.Diagnostics;
using System.Globalization;
using Marten;
using Npgsql;
using Training.BuildingBlocks.Contracts;
using Training.Modules.Crafts.Batches;
using Training.Modules.Crafts.Brands;
using Training.Modules.Crafts.Catalogue;
using Training.Modules.Crafts.Products;
using Training.Modules.Crafts.Stock;
using Training.Modules.Crafts.Web;
using Training.Testing;

namespace Training.Benchmarks.Crafts;

/// <summary>
/// Loads published products and their stock ledgers with the Crafts module's own events, as the module's use
/// cases leave them: a brand stream per facility (BrandSaved), a product stream per product (drafted, then
/// published), a batch stream per batch produced, and one stock ledger stream per product whose movements are
/// decided by the ledger's own rules (<see cref="StockLedger.Produce"/>, TakeOut, Move, Reserve, Release,
/// SellReserved) on the ledger rebuilt in memory, so stock is never negative and lots are drawn oldest first.
/// Every save goes through the module's inline projections (Brand, Product, Batch and StockLedger snapshots and
/// the CatalogueEntry read model), so the read model is exactly what the app builds. Products are saved
/// before their ledgers, in sessions of their own, so each ledger's movements find their catalogue entry.
/// Sale streams and their integration events are left out: the catalogue never reads them, and a million
/// of them would keep the relay busy during the benchmark. Facilities and makers are ids only.
/// </summary>
internal static class CraftsData
{
    public const int Facilities = 500;
    public const string Exhibition = "Pameran Kriya Palangka Raya";

    private const int Seed = 2028;

    // Ledgers' seeds, apart from the products' (Random takes a negative seed's absolute value, so none is negative).
    private const int LedgerSeeds = 10_000_000;
    private const int ProductsPerSession = 100;
    private const int Writers = 2;

    // Above any catalogue product's number, for batch codes.
    private const int StallsFrom = 100_000;
    private static readonly DateTimeOffset Start = new(2025, 1, 6, 1, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Loads <paramref name="products"/> products over at most <see cref="Facilities"/> brands and about
    /// <paramref name="movements"/> ledger lines, and writes every product's slug, one a line, to <paramref name="slugsFile"/>.
    /// </summary>
    public static async Task<int> LoadAsync(string connectionString, int products, int movements, string slugsFile)
    {
        await using var app = new BekalApp().OnDatabase(connectionString).With("Marten:DaemonMode", "Disabled");
        await app.InitializeAsync();
        var facilities = Enumerable.Range(0, Math.Min(Facilities, products)).Select(f => FacilityId(f)).ToArray();
        var perProduct = Math.Max(1, movements / products);
        var timer = Stopwatch.StartNew();

        await using (var session = app.Store.LightweightSession())
        {
            foreach (var (facilityId, f) in facilities.Select((id, f) => (id, f)))
            {
                Brand(session, facilityId, f);
            }

            await session.SaveChangesAsync();
        }

        var plan = Enumerable.Range(0, products).Select(i => (Index: i, Id: NextGuid(new Random(Seed + i)), FacilityId: facilities[i % facilities.Length])).ToArray();
        var slugs = new string[products];
        await Parallel.ForEachAsync(plan.Chunk(ProductsPerSession), new ParallelOptions { MaxDegreeOfParallelism = Writers }, async (chunk, ct) =>
        {
            await using var session = app.Store.LightweightSession();
            foreach (var p in chunk)
            {
                slugs[p.Index] = Publish(session, new Random(Seed + p.Index), p.Index, p.Id, p.FacilityId).Slug;
            }

            await session.SaveChangesAsync(ct);
        });
        var productsLoaded = timer.Elapsed;

        var written = 0L;
        await Parallel.ForEachAsync(plan.Chunk(ProductsPerSession), new ParallelOptions { MaxDegreeOfParallelism = Writers }, async (chunk, ct) =>
        {
            await using var session = app.Store.LightweightSession();
            foreach (var p in chunk)
            {
                Interlocked.Add(ref written, Keep(session, new Random(LedgerSeeds + p.Index), p.Index, p.Id, p.FacilityId, perProduct));
            }

            await session.SaveChangesAsync(ct);
        });

        await File.WriteAllLinesAsync(slugsFile, slugs);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loaded {facilities.Length:N0} brands and {products:N0} published products in {productsLoaded.TotalSeconds:0.0} s, ")
            + string.Create(CultureInfo.InvariantCulture, $"{written:N0} stock movements in {(timer.Elapsed - productsLoaded).TotalSeconds:0.0} s; slugs in {slugsFile}"));
        return 0;
    }

    /// <summary>How PostgreSQL runs the catalogue's search for <paramref name="word"/>, as Marten writes it (the plan, after the load's statistics).</summary>
    public static async Task<int> PrintSearchPlanAsync(string connectionString, string word)
    {
        await using var app = new BekalApp().OnDatabase(connectionString).With("Marten:DaemonMode", "Disabled");
        await app.InitializeAsync();
        await using var session = app.Store.QuerySession();
        var search = session.Query<CatalogueEntry>().Where(e => e.Listed && e.SearchText.Contains(word))
            .OrderByDescending(e => e.PublishedAt).ThenBy(e => e.Id).Take(SearchCatalogue.DefaultPageSize).ToCommand();
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var explain = dataSource.CreateCommand("explain (analyze, costs off, timing off) " + search.CommandText);
        foreach (NpgsqlParameter parameter in search.Parameters)
        {
            explain.Parameters.Add(parameter.Clone());
        }

        await using var reader = await explain.ExecuteReaderAsync();
        Console.WriteLine($"plan of the catalogue search for \"{word}\":");
        while (await reader.ReadAsync())
        {
            Console.WriteLine("  " + reader.GetString(0));
        }

        return 0;
    }

    /// <summary>
    /// A stall's goods: <paramref name="products"/> published products with one batch of
    /// <paramref name="units"/> units each in the gallery, enough that no sale of a benchmark runs out, each batch made
    /// by two of the facility's 40 makers. Stalls are numbered from 0, so that their batch codes differ from each
    /// other's and from the catalogue's. Returns each product with its retail price and its batch.
    /// </summary>
    public static async Task<IReadOnlyList<StockedProduct>> StockStallAsync(IDocumentStore store, int stall, Guid facilityId, int products, int units)
    {
        var random = new Random(Seed + 1 + stall);
        var makers = Enumerable.Range(0, 40).Select(_ => NextGuid(random)).ToArray();
        var officer = NextGuid(random);
        var stocked = new List<StockedProduct>();
        await using var session = store.LightweightSession();
        for (var i = 0; i < products; i++)
        {
            var id = NextGuid(random);
            stocked.Add(new StockedProduct(id, Publish(session, random, i, id, facilityId).Pricing.Retail.Amount, Guid.Empty));
        }

        await session.SaveChangesAsync();
        await using var stock = store.LightweightSession();
        for (var i = 0; i < stocked.Count; i++)
        {
            var moved = Produce(stock, random, stocked[i].Id, facilityId, 0, StallsFrom + (stall * products) + i,
                [new MakerShare(makers[i % makers.Length], 2m), new MakerShare(makers[(i + 7) % makers.Length], 1m)], officer, Start.AddDays(1), units);
            stock.Events.StartStream<StockLedger>(StockLedger.IdFor(stocked[i].Id), moved);
            stocked[i] = stocked[i] with { BatchId = moved.BatchId!.Value };
        }

        await stock.SaveChangesAsync();
        return stocked;
    }

    public static Guid FacilityId(int facility) => NextGuid(new Random(Seed + 1_000_000 + facility));

    private static void Brand(IDocumentSession session, Guid facilityId, int f) =>
        session.Events.StartStream<Brand>(Training.Modules.Crafts.Brands.Brand.IdFor(facilityId), new BrandSaved(facilityId, $"karya-{f:D3}-{facilityId.ToString("N")[..6]}",
            new BrandProfile($"Karya Mandiri {f:D3}", "Kerajinan tangan peserta pelatihan keterampilan.", null),
            new SellerOfRecord($"Koperasi Karya {f:D3}", "0812-0000-" + f.ToString("D4", CultureInfo.InvariantCulture), "BRI 0000-01-" + f.ToString("D6", CultureInfo.InvariantCulture)),
            false, Guid.Empty, Start));

    private static ProductDrafted Publish(IDocumentSession session, Random random, int index, Guid id, Guid facilityId)
    {
        var craft = CraftsWords.Crafts[index % CraftsWords.Crafts.Count];
        var (title, titleEn, description, materials) = CraftsWords.Product(random, craft);
        var retail = 25_000 + (random.Next(0, 200) * 2_500);
        var pricing = new Pricing(new Rupiah(retail),
            random.Next(2) == 0 ? [new WholesaleTier(10, new Rupiah(retail * 9 / 10)), new WholesaleTier(50, new Rupiah(retail * 8 / 10))] : [], 1, 1);
        var making = random.Next(5) == 0 ? new Making(true, 14) : new Making(false, null);
        var at = Start.AddMinutes(index * 37);
        var by = NextGuid(random);
        var drafted = new ProductDrafted(id, facilityId, Slugs.Unique(title, id),
            new ProductDescription(title, titleEn, description, null, craft, materials, "Kalimantan Tengah", "30 x 20 cm", 400, "Jangan dicuci dengan mesin."),
            pricing, making, ["C.131000.001.01"], by, at);
        session.Events.StartStream<Product>(id, drafted, new ProductPublished(id, by, at.AddHours(2)));
        return drafted;
    }

    /// <summary>A product's ledger over a year: batches arrive when the gallery runs low; units are sold, held, shown at an exhibition, damaged.</summary>
    private static int Keep(IDocumentSession session, Random random, int index, Guid productId, Guid facilityId, int movements)
    {
        var officer = NextGuid(random);
        var makers = new[] { new MakerShare(NextGuid(random), 1m), new MakerShare(NextGuid(random), 1m) };
        var at = Start.AddDays(1).AddMinutes(index);
        var events = new List<StockMoved>(movements);
        StockLedger? ledger = null;
        var orders = new Queue<(Guid Order, int Units)>();
        var away = 0;
        for (var n = 0; n < movements; n++)
        {
            at = at.AddMinutes(random.Next(30, 300));
            var moved = ledger is null || ledger.AvailableAt(StockLedger.Gallery) < 4
                ? Produce(session, random, productId, facilityId, events.Count(e => e.Kind == MovementKind.Produced), index, makers, officer, at)
                : Next(ledger, random, orders, ref away, officer, at);
            ledger = ledger is null ? StockLedger.Create(moved) : ledger.Apply(moved);
            events.Add(moved);
        }

        session.Events.StartStream<StockLedger>(StockLedger.IdFor(productId), events);
        return events.Count;
    }

    private static StockMoved Produce(IDocumentSession session, Random random, Guid productId, Guid facilityId, int batch, int index, MakerShare[] makers, Guid by, DateTimeOffset at, int? units = null)
    {
        var batchId = NextGuid(random);
        var quantity = units ?? random.Next(20, 61);
        var cost = new Rupiah(quantity * 8_000L);
        var producedOn = DateOnly.FromDateTime(at.UtcDateTime);
        session.Events.StartStream<Batch>(batchId,
            new BatchRecorded(batchId, facilityId, productId, BatchCode(producedOn, index, batch), quantity, producedOn, cost, makers, by, at));
        return StockLedger.Produce(productId, facilityId, batchId, quantity, cost, by, at);
    }

    private static StockMoved Next(StockLedger ledger, Random random, Queue<(Guid Order, int Units)> orders, ref int away, Guid by, DateTimeOffset at)
    {
        var roll = random.Next(100);
        if (orders.Count > 0 && roll < 10)
        {
            var (order, units) = orders.Dequeue();
            return roll < 7 ? ledger.SellReserved(units, order, by, at) : ledger.Release(units, order, by, at);
        }

        if (roll < 15 && orders.Count < 3)
        {
            var units = Math.Min(2, ledger.AvailableAt(StockLedger.Gallery));
            var order = NextGuid(random);
            orders.Enqueue((order, units));
            return ledger.Reserve(units, order, by, at);
        }

        if (roll < 20)
        {
            var back = away > 0;
            var units = back ? away : 3;
            away = back ? 0 : units;
            return back ? ledger.Move(Exhibition, StockLedger.Gallery, units, by, at) : ledger.Move(StockLedger.Gallery, Exhibition, units, by, at);
        }

        if (roll < 23)
        {
            return ledger.TakeOut(MovementKind.Damaged, StockLedger.Gallery, 1, null, by, at);
        }

        return ledger.TakeOut(MovementKind.Sold, StockLedger.Gallery, 1 + random.Next(Math.Min(3, ledger.AvailableAt(StockLedger.Gallery))), NextGuid(random), by, at);
    }

    /// <summary>Codes as <see cref="BatchCodes"/> prints them, numbered instead of drawn so that a million never collide.</summary>
    private static string BatchCode(DateOnly producedOn, int product, int batch)
    {
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        var number = (product * 1_000L) + batch;
        var letters = new char[6];
        for (var i = 5; i >= 0; i--)
        {
            letters[i] = alphabet[(int)(number % alphabet.Length)];
            number /= alphabet.Length;
        }

        return $"B{producedOn.Year % 100:D2}-{new string(letters)}";
    }

    private static Guid NextGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}

/// <summary>A published product in stock: its retail price and the batch its units come from.</summary>
internal sealed record StockedProduct(Guid Id, long Price, Guid BatchId);
