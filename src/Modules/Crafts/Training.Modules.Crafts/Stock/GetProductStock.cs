using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Products;
using Training.Modules.Crafts.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.Stock;

/// <summary>A product's stock as its facility's staff see it: on hand per location, units held for orders and the ledger, newest first.</summary>
internal sealed record GetProductStock(Guid ProductId, int Page = 1) : IRequest<ProductStockView>
{
    public const int PageSize = 50;
}

internal sealed record ProductStockView(
    Guid ProductId, string Title, IReadOnlyList<LocationStock> OnHand, int Reserved, int Total, IReadOnlyList<LedgerLine> Lines, int Page, bool HasMore, string? TimeZone);

internal sealed record LocationStock(string Location, int Quantity, int Available);

/// <summary>One movement; <see cref="ByName"/> is the staff member who made it, null for a buyer accepting a quote.</summary>
internal sealed record LedgerLine(string Kind, string Location, string? ToLocation, int Quantity, Guid? BatchId, Guid? Reference, DateTimeOffset At, string? Reason, string? ByName);

internal sealed class GetProductStockHandler(IQuerySession session, IMediator mediator, ICurrentUser user) : IRequestHandler<GetProductStock, ProductStockView>
{
    public async Task<ProductStockView> Handle(GetProductStock query, CancellationToken cancellationToken)
    {
        var product = user.EnsureSees(await session.LoadAsync<Product>(query.ProductId, cancellationToken), p => p.FacilityId, "product", query.ProductId);
        var ledgerId = StockLedger.IdFor(product.Id);
        var ledger = await session.LoadAsync<StockLedger>(ledgerId, cancellationToken);
        var events = await session.Events.FetchStreamAsync(ledgerId, token: cancellationToken);
        var page = Math.Max(query.Page, 1);
        var moves = events.Select(e => e.Data).OfType<StockMoved>().Reverse()
            .Skip((page - 1) * GetProductStock.PageSize).Take(GetProductStock.PageSize + 1)
            .ToList();
        var names = new Dictionary<Guid, string?>();
        foreach (var by in moves.Select(m => m.By).Distinct())
        {
            names[by] = (await mediator.Send(new GetStaffMember(by), cancellationToken))?.DisplayName;
        }

        var lines = moves.Select(m => new LedgerLine(m.Kind.ToString(), m.Location, m.ToLocation, m.Quantity, m.BatchId, m.Reference, m.At, m.Reason, names[m.By])).ToList();
        var onHand = ledger is null
            ? []
            : ledger.OnHand.OrderBy(l => l.Key == StockLedger.Gallery ? 0 : 1).ThenBy(l => l.Key, StringComparer.CurrentCultureIgnoreCase)
                .Select(l => new LocationStock(l.Key, l.Value, ledger.AvailableAt(l.Key))).ToList();
        return new ProductStockView(product.Id, product.Description.Title, onHand, ledger?.Reserved ?? 0, ledger?.Total ?? 0,
            [.. lines.Take(GetProductStock.PageSize)], page, lines.Count > GetProductStock.PageSize,
            (await mediator.Send(new GetFacility(product.FacilityId), cancellationToken))?.TimeZone);
    }
}

internal static class GetProductStockEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/crafts/products/{id:guid}/stock", async (Guid id, int? page, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetProductStock(id, page ?? 1), ct)))
            .RequireAuthorization(Policies.FacilityStaff)
            .WithName(nameof(GetProductStock))
            .WithTags("Crafts");
}
