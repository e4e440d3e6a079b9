using MediatR;
using Microsoft.AspNetCore.Authorization;
using Training.BuildingBlocks.Web;
using Training.Modules.Crafts.Products;
using Training.Modules.Crafts.Web;

namespace Training.Modules.Crafts.Pages.Products;

/// <summary>The facility's products in every state, for trainers and officers, with the way to draft a new one.</summary>
[Authorize(Policy = CraftsPolicies.ProductStaff)]
internal sealed class IndexModel(IMediator mediator) : ReadPageModel(mediator)
{
    public IReadOnlyList<StaffProductRow> Products { get; private set; } = [];

    public async Task OnGetAsync() => Products = await FindAsync(new ListProducts()) ?? [];
}
