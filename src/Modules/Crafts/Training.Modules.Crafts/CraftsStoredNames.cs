using Training.BuildingBlocks.Storage;
using Training.Modules.Crafts.Batches;
using Training.Modules.Crafts.Brands;
using Training.Modules.Crafts.Catalogue;
using Training.Modules.Crafts.Contracts;
using Training.Modules.Crafts.MakerCredits;
using Training.Modules.Crafts.Premi;
using Training.Modules.Crafts.Orders;
using Training.Modules.Crafts.Products;
using Training.Modules.Crafts.Sales;
using Training.Modules.Crafts.Shows;
using Training.Modules.Crafts.Stock;

namespace Training.Modules.Crafts;

/// <summary>The names the module's events and documents are stored under (docs/stored-names.md); renaming a class leaves its name here unchanged.</summary>
internal static class CraftsStoredNames
{
    public static StoredNames All { get; } = new StoredNames()
        .Event<AllocationRuleSet>("crafts_allocation_rule_set")
        .Event<BatchRecorded>("crafts_batch_recorded")
        .Event<BrandLogoChanged>("crafts_brand_logo_changed")
        .Event<BrandSaved>("crafts_brand_saved")
        .Event<CraftShowAnnounced>("crafts_craft_show_announced")
        .Event<CraftShowCancelled>("crafts_craft_show_cancelled")
        .Event<MakerCreditConsented>("crafts_maker_credit_consented")
        .Event<MakerCreditWithdrawn>("crafts_maker_credit_withdrawn")
        .Event<MakerReleased>("crafts_maker_released")
        .Event<PayoutConfirmed>("crafts_payout_confirmed")
        .Event<PayoutCancelled>("crafts_payout_cancelled")
        .Event<PayoutRecorded>("crafts_payout_recorded")
        .Event<PnbpDeposited>("crafts_pnbp_deposited")
        .Event<PremiCredited>("crafts_premi_credited")
        .Event<OrderAccepted>("crafts_order_accepted")
        .Event<OrderCancelled>("crafts_order_cancelled")
        .Event<OrderFulfilled>("crafts_order_fulfilled")
        .Event<OrderPaid>("crafts_order_paid")
        .Event<OrderQuoted>("crafts_order_quoted")
        .Event<OrderRequested>("crafts_order_requested")
        .Event<PremiCreditedIntegrationEvent>("crafts_premi_credited_integration_event")
        .Event<PremiPaidOutIntegrationEvent>("crafts_premi_paid_out_integration_event")
        .Event<ProductDrafted>("crafts_product_drafted")
        .Event<ProductPhotoAdded>("crafts_product_photo_added")
        .Event<ProductPhotoRemoved>("crafts_product_photo_removed")
        .Event<ProductPublished>("crafts_product_published")
        .Event<ProductRetired>("crafts_product_retired")
        .Event<ProductRevised>("crafts_product_revised")
        .Event<SaleAllocated>("crafts_sale_allocated")
        .Event<SaleAwaitingRule>("crafts_sale_awaiting_rule")
        .Event<SaleCompletedIntegrationEvent>("crafts_sale_completed_integration_event")
        .Event<SaleRecorded>("crafts_sale_recorded")
        .Event<StockMoved>("crafts_stock_moved")
        .Event<WaitingSalesToAllocate>("crafts_waiting_sales_to_allocate")
        .Document<Allocation>("allocation")
        .Document<AllocationRules>("allocation_rules")
        .Document<Batch>("batch")
        .Document<CatalogueEntry>("catalogue_entry")
        .Document<Brand>("brand")
        .Document<CraftShow>("craft_show")
        .Document<MakerCredit>("maker_credit")
        .Document<PnbpDeposit>("pnbp_deposit")
        .Document<PremiLedger>("premi_ledger")
        .Document<Order>("order")
        .Document<Product>("product")
        .Document<Sale>("sale")
        .Document<StockLedger>("stock_ledger");
}
