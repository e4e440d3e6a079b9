using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Modules.Crafts.Brands;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.Orders;

/// <summary>
/// What the holder of the tracking link sees: where the order stands, its lines and prices, the quote, the
/// seller of record with the official account once quoted, and the payment and hand-over. Nothing about
/// who made the goods, and nothing for a wrong token.
/// </summary>
internal sealed record TrackOrder(string Token) : IRequest<TrackedOrder>;

internal sealed record TrackedOrder(
    string State,
    string BrandName,
    string BuyerName,
    DateTimeOffset RequestedAt,
    IReadOnlyList<OrderLineView> Lines,
    QuoteView? Quote,
    SellerView? Seller,
    PaymentView? Payment,
    FulfilmentView? Fulfilment,
    string? CancelReason,
    string? TimeZone);

internal sealed class TrackOrderHandler(IQuerySession session, IMediator mediator) : IRequestHandler<TrackOrder, TrackedOrder>
{
    public async Task<TrackedOrder> Handle(TrackOrder query, CancellationToken cancellationToken)
    {
        var order = (await session.LoadAsync<Order>(await TrackingTokens.FindOrderAsync(session, query.Token, cancellationToken), cancellationToken))!;
        var brand = await session.LoadAsync<Brand>(Brand.IdFor(order.FacilityId), cancellationToken);
        var facility = await mediator.Send(new GetFacility(order.FacilityId), cancellationToken);
        var quoted = order.Progress.Quote is not null && order.State != OrderState.Cancelled;
        return new TrackedOrder(
            order.State.ToString(), brand?.Profile.Name ?? "", order.Request.Buyer.Name, order.RequestedAt, OrderViews.Lines(order), OrderViews.Quote(order),
            quoted ? OrderViews.Seller(brand) : null, OrderViews.Payment(order), OrderViews.Fulfilment(order), order.Progress.CancelReason, facility?.TimeZone);
    }
}

internal static class TrackOrderEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/crafts/orders/track/{token}", async (string token, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TrackOrder(token), ct)))
            .AllowAnonymous()
            .WithName(nameof(TrackOrder))
            .WithTags("Crafts");
}
