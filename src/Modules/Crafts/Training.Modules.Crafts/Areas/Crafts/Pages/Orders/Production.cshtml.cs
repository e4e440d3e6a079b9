using MediatR;
using Microsoft.AspNetCore.Authorization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Crafts.Orders;

namespace Training.Modules.Crafts.Pages.Orders;

/// <summary>What the facility's trainers and officers must make for accepted orders, the earliest ready-by day first.</summary>
[Authorize(Policy = Policies.FacilityStaff)]
internal sealed class ProductionModel(IMediator mediator) : ReadPageModel(mediator)
{
    public IReadOnlyList<ProductionItem> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await Mediator.Send(new ListProduction(), HttpContext.RequestAborted);
}
