using MediatR;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Sample.Pages.Items;

/// <summary>A page that only shows: it derives from the shared read-only base.</summary>
internal sealed class ListModel(IMediator mediator) : ReadPageModel(mediator)
{
    public void OnGet()
    {
    }
}
