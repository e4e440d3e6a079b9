using MediatR;
using Microsoft.AspNetCore.Authorization;
using Training.BuildingBlocks.Web;
using Training.Modules.Crafts.Shows;

namespace Training.Modules.Crafts.Pages.Catalogue;

/// <summary>The public list of bazaars and exhibitions to come, soonest first, where the crafts can be seen and bought.</summary>
[AllowAnonymous]
internal sealed class EventsModel(IMediator mediator) : ReadPageModel(mediator)
{
    public IReadOnlyList<UpcomingShow> Shows { get; private set; } = [];

    public async Task OnGetAsync() => Shows = await Mediator.Send(new ListUpcomingShows(), HttpContext.RequestAborted);
}
