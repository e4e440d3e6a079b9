using JasperFx.Events.Projections;
using Marten;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Training.BuildingBlocks.Modules;
using Training.BuildingBlocks.Web;
using Training.Modules.Crafts.Batches;
using Training.Modules.Crafts.Brands;
using Training.Modules.Crafts.Demo;
using Training.Modules.Crafts.MakerCredits;
using Training.Modules.Crafts.Premi;
using Training.Modules.Crafts.Orders;
using Training.Modules.Crafts.Catalogue;
using Training.Modules.Crafts.Products;
using Training.Modules.Crafts.Sales;
using Training.Modules.Crafts.Shows;
using Training.Modules.Crafts.Stock;
using Training.Modules.Crafts.Web;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Training.Modules.Crafts;

/// <summary>Market access for what learners make: brands, a public catalogue, batches and stock, orders and bazaar sales, and fair, visible premi.</summary>
public sealed class CraftsModule : IModule
{
    public string Name => "Crafts";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CraftsErrorTexts>();
        services.AddHostedService<CraftsDemoSeeding>();
        services.AddScoped<INavigationContributor, PremiNavigation>();
        services.AddScoped<ITaskContributor, PremiTasks>();
        services.AddOrderRateLimit(configuration);
        services.AddScoped<INavigationContributor, OrdersNavigation>();
        services.AddScoped<ITaskContributor, OrdersTasks>();
        services.AddScoped<INavigationContributor, SalesNavigation>();
        services.AddScoped<INavigationContributor, CatalogueNavigation>();
        services.AddScoped<INavigationContributor, ShowsNavigation>();
        services.AddAuthorizationBuilder().AddCraftsPolicies();
        services.AddOptions<CraftsOptions>()
            .Bind(configuration.GetSection(CraftsOptions.Section))
            .PostConfigure(o => o.PublicBaseUrl = string.IsNullOrWhiteSpace(o.PublicBaseUrl)
                ? configuration["Certificates:PublicBaseUrl"] ?? "http://localhost:5000"
                : o.PublicBaseUrl)
            .Validate(o => o.HasValidUrl(), "Crafts:PublicBaseUrl must be an absolute http(s) address.")
            .ValidateOnStart();
    }

    public void ConfigureStore(StoreOptions options)
    {
        var schema = ModuleSchema.For(this);
        CraftsStoredNames.All.ApplyTo(options);
        options.Projections.Snapshot<Brand>(SnapshotLifecycle.Inline);
        options.Schema.For<Brand>().DatabaseSchemaName(schema).UniqueIndex(b => b.Slug);
        options.Projections.Snapshot<Product>(SnapshotLifecycle.Inline);
        options.Schema.For<Product>().DatabaseSchemaName(schema).Index(p => p.FacilityId).UniqueIndex(p => p.Slug);
        options.Projections.Snapshot<Batch>(SnapshotLifecycle.Inline);
        options.Schema.For<Batch>().DatabaseSchemaName(schema).Index(b => b.ProductId).UniqueIndex(b => b.Code);
        options.Projections.Snapshot<StockLedger>(SnapshotLifecycle.Inline);
        options.Schema.For<StockLedger>().DatabaseSchemaName(schema).Index(s => s.ProductId).Index(s => s.FacilityId);
        options.Projections.Snapshot<AllocationRules>(SnapshotLifecycle.Inline);
        options.Schema.For<AllocationRules>().DatabaseSchemaName(schema);
        options.Projections.Snapshot<Allocation>(SnapshotLifecycle.Inline);
        options.Schema.For<Allocation>().DatabaseSchemaName(schema).Index(a => a.FacilityId);
        options.Projections.Snapshot<PremiLedger>(SnapshotLifecycle.Inline);
        options.Schema.For<PremiLedger>().DatabaseSchemaName(schema).Index(l => l.FacilityId);
        options.Projections.Snapshot<PnbpDeposit>(SnapshotLifecycle.Inline);
        options.Schema.For<PnbpDeposit>().DatabaseSchemaName(schema).Index(d => d.FacilityId);
        options.Projections.Snapshot<MakerCredit>(SnapshotLifecycle.Inline);
        options.Schema.For<MakerCredit>().DatabaseSchemaName(schema);
        options.Projections.Snapshot<Order>(SnapshotLifecycle.Inline);
        options.Schema.For<Order>().DatabaseSchemaName(schema).UniqueIndex(o => o.TokenHash).Index(o => o.FacilityId);
        options.Projections.Snapshot<Sale>(SnapshotLifecycle.Inline);
        options.Schema.For<Sale>().DatabaseSchemaName(schema).Index(s => s.FacilityId);
        options.Projections.Snapshot<CraftShow>(SnapshotLifecycle.Inline);
        options.Schema.For<CraftShow>().DatabaseSchemaName(schema).Duplicate(s => s.EndsOn).Duplicate(s => s.StartsOn).Index(s => s.FacilityId);
        options.Projections.Add(new CatalogueProjection(), ProjectionLifecycle.Inline);
        // Search finds a word anywhere in the folded text (LIKE '%word%'): kept in a column of its own, so no document is
        // unpacked to test it, with trigrams to find the entries that hold a rare word without reading them all.
        options.Storage.ExtendedSchemaObjects.Add(new Extension("pg_trgm"));
        options.Schema.For<CatalogueEntry>().DatabaseSchemaName(schema).UniqueIndex(e => e.Slug)
            .Duplicate(e => e.SearchText, configure: index =>
            {
                index.Method = IndexMethod.gin;
                index.Mask = "? gin_trgm_ops";
            })
            .Duplicate(e => e.Listed).Duplicate(e => e.FacilityId).Duplicate(e => e.Craft).Duplicate(e => e.Price).Duplicate(e => e.InStock).Duplicate(e => e.PublishedAt);
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        SaveBrandEndpoint.Map(api);
        DraftProductEndpoint.Map(api);
        PublishProductEndpoint.Map(api);
        SetAllocationRuleEndpoint.Map(api);
        GetAllocationRulesEndpoint.Map(api);
        GetMyPremiEndpoint.Map(api);
        GetFacilityPremiEndpoint.Map(api);
        RecordPayoutEndpoint.Map(api);
        ConfirmPayoutEndpoint.Map(api);
        CancelPayoutEndpoint.Map(api);
        RecordPnbpDepositEndpoint.Map(api);
        SetMakerCreditEndpoint.Map(api);
        WithdrawMakerCreditEndpoint.Map(api);
        PlaceOrderEndpoint.Map(api);
        TrackOrderEndpoint.Map(api);
        AcceptQuoteEndpoint.Map(api);
        QuoteOrderEndpoint.Map(api);
        RecordPaymentEndpoint.Map(api);
        FulfilOrderEndpoint.Map(api);
        CancelOrderEndpoint.Map(api);
        ListOrdersEndpoint.Map(api);
        GetOrderEndpoint.Map(api);
        RecordBatchEndpoint.Map(api);
        ListBatchesEndpoint.Map(api);
        PrintBatchTagsEndpoint.Map(api);
        MoveStockEndpoint.Map(api);
        WriteOffStockEndpoint.Map(api);
        GetProductStockEndpoint.Map(api);
        RecordSaleEndpoint.Map(api);
        ReviseProductEndpoint.Map(api);
        RetireProductEndpoint.Map(api);
        AddProductPhotoEndpoint.Map(api);
        RemoveProductPhotoEndpoint.Map(api);
        GetProductPhotoEndpoint.Map(api);
        ListProductsEndpoint.Map(api);
        ChangeBrandLogoEndpoint.Map(api);
        SearchCatalogueEndpoint.Map(api);
        GetPublicProductEndpoint.Map(api);
        GetPublicPhotoEndpoint.Map(api);
        GetPublicBrandEndpoint.Map(api);
        GetBrandLogoEndpoint.Map(api);
        GetProvenanceEndpoint.Map(api);
        PrintCatalogueEndpoint.Map(api);
        AnnounceShowEndpoint.Map(api);
        CancelShowEndpoint.Map(api);
        ListUpcomingShowsEndpoint.Map(api);
    }

    public void MapWellKnownEndpoints(IEndpointRouteBuilder root) => GetSitemapEndpoint.Map(root);
}
