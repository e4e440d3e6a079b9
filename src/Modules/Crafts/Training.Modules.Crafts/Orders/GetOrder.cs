using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Products;
using Training.Modules.Crafts.Web;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Crafts.Orders;

/// <summary>
/// An order of the officer's facility with everything needed to act on it: the buyer and how to reach them,
/// where it goes, each line with the price its quantity earns today (what a quote starts from), and its steps.
/// </summary>
internal sealed record GetOrder(Guid OrderId) : IRequest<OrderView>;

internal sealed record OrderView(
    Guid Id,
    string State,
    DateTimeOffset RequestedAt,
    DateTimeOffset StateSince,
    OrderBuyerView Buyer,
    string Province,
    string? Regency,
    string? Note,
    IReadOnlyList<OfficerLineView> Lines,
    QuoteView? Quote,
    PaymentView? Payment,
    FulfilmentView? Fulfilment,
    string? CancelReason,
    string? TimeZone);

internal sealed record OrderBuyerView(string Name, string? Phone, string? Email, string? Organisation, bool VerifiedEmployer);

/// <summary>A line with the price a quote starts from: the product's price for this quantity today.</summary>
internal sealed record OfficerLineView(OrderLineView Line, Rupiah TierUnitPriceRupiah);

internal sealed class GetOrderValidator : AbstractValidator<GetOrder>
{
    public GetOrderValidator() => RuleFor(x => x.OrderId).NotEmpty();
}

internal sealed class GetOrderHandler(IQuerySession session, IMediator mediator, ICurrentUser user) : IRequestHandler<GetOrder, OrderView>
{
    public async Task<OrderView> Handle(GetOrder query, CancellationToken cancellationToken)
    {
        var order = user.EnsureSees(await session.LoadAsync<Order>(query.OrderId, cancellationToken), o => o.FacilityId, "order", query.OrderId);
        var products = (await session.LoadManyAsync<Product>(cancellationToken, order.Lines.Select(l => l.ProductId))).ToDictionary(p => p.Id);
        var facility = await mediator.Send(new GetFacility(order.FacilityId), cancellationToken);
        var request = order.Request;
        return new OrderView(
            order.Id, order.State.ToString(), order.RequestedAt, order.StateSince,
            new OrderBuyerView(request.Buyer.Name, request.Buyer.Phone, request.Buyer.Email, request.Buyer.Organisation, request.EmployerId is not null),
            request.Delivery.Province, request.Delivery.Regency, request.Note,
            [.. OrderViews.Lines(order).Select(l => new OfficerLineView(l, products.GetValueOrDefault(l.ProductId)?.Pricing.UnitPriceFor(l.Quantity) ?? l.ListUnitPriceRupiah))],
            OrderViews.Quote(order), OrderViews.Payment(order), OrderViews.Fulfilment(order), order.Progress.CancelReason, facility?.TimeZone);
    }
}

internal static class GetOrderEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/crafts/orders/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetOrder(id), ct)))
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(GetOrder))
            .WithTags("Crafts");
}
