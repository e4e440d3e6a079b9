using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Idempotency;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Contracts;
using Training.Modules.Crafts.Products;
using Training.Modules.Crafts.Stock;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Sales;

/// <summary>
/// An officer records goods sold over the counter at a location (the gallery unless named): each line's units
/// leave that location's stock, oldest batches first, or nothing is sold when any line has too few.
/// </summary>
internal sealed record RecordSale(string? Location = null, PaymentMethod? Method = null, string? Reference = null, IReadOnlyList<SaleLineInput>? Lines = null) : ICommand<Guid>;

internal sealed record SaleLineInput(Guid ProductId, int Quantity, Rupiah? UnitPriceRupiah = null);

internal sealed class RecordSaleValidator : AbstractValidator<RecordSale>
{
    public const int MaxLines = 50;
    public const int MaxReference = 80;

    public RecordSaleValidator()
    {
        RuleFor(x => x.Location).IsLocation();
        RuleFor(x => x.Method).NotNull().IsInEnum();
        RuleFor(x => x.Reference).MaximumLength(MaxReference);
        RuleFor(x => x.Lines).NotEmpty()
            .Must(l => l is null || l.Count <= MaxLines).WithMessage($"A sale has at most {MaxLines} lines.")
            .Must(l => l is null || l.Select(x => x.ProductId).Distinct().Count() == l.Count).WithMessage("A product is listed once.");
        RuleForEach(x => x.Lines).ChildRules(line =>
        {
            line.RuleFor(x => x.ProductId).NotEmpty();
            line.RuleFor(x => x.Quantity).InclusiveBetween(1, 10_000);
            line.RuleFor(x => x.UnitPriceRupiah).NotNull().Must(p => p is null || p.Value.Amount is > 0 and <= 1_000_000_000);
        });
    }
}

internal sealed class RecordSaleHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordSale, Guid>
{
    public async Task<Guid> Handle(RecordSale command, CancellationToken cancellationToken)
    {
        var facilityId = user.OwnFacility();
        var location = StockLocations.Named(command.Location);
        var lines = command.Lines!.OrderBy(l => l.ProductId).ToList();
        var products = (await session.LoadManyAsync<Product>(cancellationToken, lines.Select(l => l.ProductId))).ToDictionary(p => p.Id);
        foreach (var line in lines)
        {
            var product = user.EnsureSees(products.GetValueOrDefault(line.ProductId), p => p.FacilityId, "product", line.ProductId);
            if (product.FacilityId != facilityId || !product.IsPublished)
            {
                throw new RuleBroken("sale.product-not-on-sale", isConflict: true);
            }
        }

        var saleId = Guid.NewGuid();
        var by = user.Id!.Value;
        var now = clock.GetUtcNow();
        var sold = new List<SoldLine>();

        // Ascending product ids, the order every request locks ledgers in, so two sales never wait on each other in a circle.
        foreach (var line in lines)
        {
            var ledger = await session.Events.FetchForExclusiveWriting<StockLedger>(StockLedger.IdFor(line.ProductId), cancellationToken);
            var moved = (ledger.Aggregate ?? throw new RuleBroken("stock.not-enough", isConflict: true))
                .TakeOut(MovementKind.Sold, location, line.Quantity, saleId, by, now);
            ledger.AppendOne(moved);
            sold.Add(new SoldLine(line.ProductId, products[line.ProductId].Description.Craft.ToString(), line.Quantity, line.UnitPriceRupiah!.Value, moved.Drawn));
        }

        var reference = string.IsNullOrWhiteSpace(command.Reference) ? null : command.Reference.Trim();
        session.Events.StartStream<Sale>(saleId,
            new SaleRecorded(saleId, facilityId, location, command.Method!.Value, reference,
                [.. lines.Select(l => new SaleLine(l.ProductId, products[l.ProductId].Description.Title, l.Quantity, l.UnitPriceRupiah!.Value))], by, now),
            new SaleCompletedIntegrationEvent(saleId, facilityId, SaleChannel.Bazaar, now, sold));
        return saleId;
    }
}

internal static class RecordSaleEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/sales", async (RecordSale command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/crafts/sales/{id}", new { id });
            })
            .CreatesResource()
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(RecordSale))
            .WithTags("Crafts");
}
