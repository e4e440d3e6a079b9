using FluentValidation;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Security;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Orders;

/// <summary>The orders of the officer's facility, optionally in one state, the longest waiting first.</summary>
internal sealed record ListOrders(string? State = null) : IRequest<IReadOnlyList<OrderSummary>>;

internal sealed record OrderSummary(Guid Id, string State, string BuyerName, string? Organisation, string Province, int Units, Rupiah? TotalRupiah, DateTimeOffset RequestedAt, DateTimeOffset StateSince);

internal sealed class ListOrdersValidator : AbstractValidator<ListOrders>
{
    public ListOrdersValidator() =>
        RuleFor(x => x.State).Must(s => EnumNames.Find<OrderState>(s) is not null).When(x => x.State is not null).WithMessage("Not a state of an order.");
}

internal sealed class ListOrdersHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<ListOrders, IReadOnlyList<OrderSummary>>
{
    private const int Limit = 500;

    public async Task<IReadOnlyList<OrderSummary>> Handle(ListOrders query, CancellationToken cancellationToken)
    {
        var facilityId = user.OwnFacility();
        var orders = session.Query<Order>().Where(o => o.FacilityId == facilityId);
        if (EnumNames.Find<OrderState>(query.State) is { } state)
        {
            orders = orders.Where(o => o.State == state);
        }

        var found = await orders.OrderBy(o => o.StateSince).Take(Limit).ToListAsync(cancellationToken);
        return [.. found.Select(o => new OrderSummary(o.Id, o.State.ToString(), o.Request.Buyer.Name, o.Request.Buyer.Organisation, o.Request.Delivery.Province,
            o.Lines.Sum(l => l.Quantity), o.Progress.Quote?.Total, o.RequestedAt, o.StateSince))];
    }
}

internal static class ListOrdersEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/crafts/orders", async (string? state, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListOrders(state), ct)))
            .RequireAuthorization(Policies.FacilityOfficer)
            .WithName(nameof(ListOrders))
            .WithTags("Crafts");
}
