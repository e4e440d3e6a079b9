using System.Globalization;
using Marten;
using MediatR;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Crafts.Orders;

/// <summary>
/// Each order waiting on the facility's officers is one thing to do: a quote, the payment to record, the goods
/// to hand over. Officers and trainers also see what to make for accepted orders.
/// </summary>
internal sealed class OrdersTasks(IQuerySession session, IMediator mediator, ICurrentUser user, IStringLocalizer<CraftsResource> text) : ITaskContributor
{
    public async Task<IReadOnlyList<PersonalTask>> TasksAsync(CancellationToken cancellationToken)
    {
        if (user.FacilityId is not { } facilityId || !(user.IsInRole(Roles.FacilityOfficer) || user.IsInRole(Roles.Trainer)))
        {
            return [];
        }

        var tasks = new List<PersonalTask>();
        if (user.IsInRole(Roles.FacilityOfficer))
        {
            var waiting = await session.Query<Order>()
                .Where(o => o.FacilityId == facilityId && (o.State == OrderState.Requested || o.State == OrderState.Accepted || o.State == OrderState.Paid))
                .OrderBy(o => o.StateSince)
                .ToListAsync(cancellationToken);
            tasks.AddRange(waiting.Select(o => new PersonalTask(KindOf(o.State), text[$"Tasks.Order.{o.State}", o.Request.Buyer.Name], $"/crafts/orders/{o.Id}", 1, o.StateSince)));
        }

        var production = await mediator.Send(new ListProduction(), cancellationToken);
        tasks.AddRange(production.Select(p => new PersonalTask(
            "crafts.order-production", text["Tasks.Production", p.Quantity, p.Title, p.ReadyBy.ToString("d MMM yyyy", CultureInfo.CurrentCulture)],
            "/crafts/orders/production", 1, p.AcceptedAt)));
        return tasks;
    }

    private static string KindOf(OrderState state) => state switch
    {
        OrderState.Requested => "crafts.order-to-quote",
        OrderState.Accepted => "crafts.order-payment",
        _ => "crafts.order-to-hand-over",
    };
}
