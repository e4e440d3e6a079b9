using MediatR;
using Microsoft.AspNetCore.Mvc;
using Training.BuildingBlocks.Web;

namespace Training.Modules.Rogue.Pages;

/// <summary>Breaks the rule on purpose: a page that handles a post on the read-only base, refusals its own business.</summary>
internal sealed class RenameGadgetModel(IMediator mediator) : ReadPageModel(mediator)
{
    public IActionResult OnPost() => RedirectToPage();
}
