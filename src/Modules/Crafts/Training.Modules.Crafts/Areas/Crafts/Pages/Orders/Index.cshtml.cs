using MediatR;
using Microsoft.AspNetCore.Authorization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Crafts.Orders;

namespace Training.Modules.Crafts.Pages.Orders;

/// <summary>The facility's orders in one state at a time (those waiting for a quote first), the longest waiting at the top.</summary>
[Authorize(Policy = Policies.FacilityOfficer)]
internal sealed class IndexModel(IMediator mediator) : ReadPageModel(mediator)
{
    public static readonly IReadOnlyList<string> States =
        [nameof(OrderState.Requested), nameof(OrderState.Quoted), nameof(OrderState.Accepted), nameof(OrderState.Paid), nameof(OrderState.Completed), nameof(OrderState.Cancelled)];

    public IReadOnlyList<OrderSummary> Orders { get; private set; } = [];

    public string State { get; private set; } = nameof(OrderState.Requested);

    public string? TimeZone { get; private set; }

    public async Task OnGetAsync(string? state)
    {
        State = States.FirstOrDefault(s => string.Equals(s, state, StringComparison.OrdinalIgnoreCase)) ?? nameof(OrderState.Requested);
        Orders = await Mediator.Send(new ListOrders(State), HttpContext.RequestAborted);
        TimeZone = await Mediator.Send(new GetOwnTimeZone(), HttpContext.RequestAborted);
    }
}
