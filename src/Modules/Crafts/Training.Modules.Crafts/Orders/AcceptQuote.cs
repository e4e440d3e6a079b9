using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Messaging;
using Training.Modules.Crafts.Stock;

namespace Training.Modules.Crafts.Orders;

/// <summary>
/// The buyer accepts the quote through the private tracking link. Ready-stock lines are reserved in the
/// gallery at once; when any does not have enough units left, nothing is reserved and the acceptance is
/// refused. Made-to-order lines become production the facility's staff see on their to-do list.
/// </summary>
internal sealed record AcceptQuote(string Token) : ICommand<bool>;

internal sealed class AcceptQuoteHandler(IDocumentSession session, TimeProvider clock) : IRequestHandler<AcceptQuote, bool>
{
    /// <summary>The buyer has no account: the ledger records the hold as made by nobody in particular, against the order.</summary>
    private static readonly Guid Buyer = Guid.Empty;

    public async Task<bool> Handle(AcceptQuote command, CancellationToken cancellationToken)
    {
        var orderId = await TrackingTokens.FindOrderAsync(session, command.Token, cancellationToken);
        var stream = await session.Events.FetchForWriting<Order>(orderId, cancellationToken);
        var order = stream.Aggregate!;
        var now = clock.GetUtcNow();
        var accepted = order.Accept(now);
        foreach (var (line, ledger) in await OrderStock.LockAsync(session, order.Lines.Where(l => !l.MadeToOrder), cancellationToken))
        {
            if (ledger.Aggregate is not { } stock || stock.AvailableAt(StockLedger.Gallery) < line.Quantity)
            {
                throw new RuleBroken("order.stock-short", isConflict: true);
            }

            ledger.AppendOne(stock.Reserve(line.Quantity, order.Id, Buyer, now));
        }

        stream.AppendOne(accepted);
        return true;
    }
}

internal static class AcceptQuoteEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/orders/track/{token}/accept", async (string token, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new AcceptQuote(token), ct);
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .WithName(nameof(AcceptQuote))
            .WithTags("Crafts");
}
