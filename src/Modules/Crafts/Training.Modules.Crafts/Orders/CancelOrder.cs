using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Messaging;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Orders;

/// <summary>
/// An officer cancels an order, with the reason the buyer will read, at any step before payment. Units held
/// for an accepted order go back to the gallery for others.
/// </summary>
internal sealed record CancelOrder(string? Reason = null) : ICommand<bool>
{
    public Guid OrderId { get; init; }
}

internal sealed class CancelOrderValidator : AbstractValidator<CancelOrder>
{
    public CancelOrderValidator()
    {
        RuleFor(x => x.OrderId).NotEmpty();
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
    }
}

internal sealed class CancelOrderHandler(IDocumentSession session, ICurrentUser user, TimeProvider clock) : IRequestHandler<CancelOrder, bool>
{
    public async Task<bool> Handle(CancelOrder command, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Order>(command.OrderId, cancellationToken);
        var order = user.EnsureSees(stream.Aggregate, o => o.FacilityId, "order", command.OrderId);
        var by = user.Id!.Value;
        var now = clock.GetUtcNow();
        var cancelled = order.Cancel(command.Reason!.Trim(), by, now);
        if (cancelled.ReleasedReservations)
        {
            foreach (var (line, ledger) in await OrderStock.LockAsync(session, order.Lines.Where(l => !l.MadeToOrder), cancellationToken))
            {
                ledger.AppendOne(ledger.Aggregate!.Release(line.Quantity, order.Id, by, now));
            }
        }

        stream.AppendOne(cancelled);
        return true;
    }
}

internal static class CancelOrderEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crafts/orders/{id:guid}/cancel", async (Guid id, CancelOrder command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { OrderId = id }, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(CancelOrder))
            .WithTags("Crafts");
}
