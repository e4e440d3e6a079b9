using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Contracts;
using Training.Modules.Crafts.Stock;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Orders;

/// <summary>
/// An officer hands a paid order over, picked up or shipped (with the courier and its tracking number), and
/// the order is complete. Its units leave the gallery as sold, the reserved ones and the ones made to order,
/// and the sale (goods only, not shipping) is announced with the batches its units came from.
/// </summary>
internal sealed record FulfilOrder(string? Method = null, string? Courier = null, string? TrackingNumber = null) : ICommand<bool>
{
    public Guid OrderId { get; init; }
}

internal sealed class FulfilOrderValidator : AbstractValidator<FulfilOrder>
{
    public FulfilOrderValidator()
    {
        RuleFor(x => x.OrderId).NotEmpty();
        RuleFor(x => x.Method).Must(m => EnumNames.Find<FulfilmentMethod>(m) is not null).WithMessage("The method is PickedUp or Shipped.");
        RuleFor(x => x.Courier).MaximumLength(80);
        RuleFor(x => x.TrackingNumber).MaximumLength(80);
        RuleFor(x => x).Must(x => !string.IsNullOrWhiteSpace(x.Courier) && !string.IsNullOrWhiteSpace(x.TrackingNumber))
            .When(x => EnumNames.Find<FulfilmentMethod>(x.Method) == FulfilmentMethod.Shipped)
            .WithErrorCode("order.shipping-details").WithMessage("A shipped order names its courier and tracking number.");
    }
}

internal sealed class FulfilOrderHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<FulfilOrder, bool>
{
    public async Task<bool> Handle(FulfilOrder command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Order>(command.OrderId, cancellationToken);
        var order = user.EnsureSees(stream.Aggregate, o => o.FacilityId, "order", command.OrderId);
        var by = user.Id!.Value;
        var now = clock.GetUtcNow();
        var method = EnumNames.Find<FulfilmentMethod>(command.Method)!.Value;
        var fulfilled = order.Fulfil(
            method == FulfilmentMethod.Shipped ? new Fulfilment(method, command.Courier!.Trim(), command.TrackingNumber!.Trim()) : new Fulfilment(method, null, null), by, now);
        var sold = new List<SoldLine>();
        foreach (var (line, ledger) in await OrderStock.LockAsync(session, order.Lines, cancellationToken))
        {
            var moved = line.MadeToOrder
                ? ledger.Aggregate is { } made && made.AvailableAt(StockLedger.Gallery) >= line.Quantity
                    ? made.TakeOut(MovementKind.Sold, StockLedger.Gallery, line.Quantity, order.Id, by, now)
                    : throw new RuleBroken("order.not-produced", isConflict: true)
                : ledger.Aggregate!.SellReserved(line.Quantity, order.Id, by, now);
            ledger.AppendOne(moved);
            sold.Add(new SoldLine(line.ProductId, line.Craft, line.Quantity, order.Progress.Quote!.PriceOf(line.ProductId), moved.Drawn));
        }

        stream.AppendOne(fulfilled);
        stream.AppendOne(new SaleCompletedIntegrationEvent(order.Id, order.FacilityId, SaleChannel.Order, now, sold));
        return true;
    }
}

internal static class FulfilOrderEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/orders/{id:guid}/fulfil", async (Guid id, FulfilOrder command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { OrderId = id }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(FulfilOrder))
            .WithTags("Crafts");
}
