using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Relay;
using Training.BuildingBlocks.Security;

namespace Training.Host.Pages.Admin;

/// <summary>Integration events a module's handler could not take: the admin reads why and delivers them once more.</summary>
[Authorize(Policy = Policies.PlatformAdmin)]
internal sealed class DeadLettersModel(IMediator mediator, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<DeadLetterView> Letters { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public string? Refusal { get; private set; }

    public async Task OnGetAsync() => Letters = await mediator.Send(new ListDeadLetters(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostRetryAsync(Guid id)
    {
        try
        {
            await mediator.Send(new RetryDeadLetter(id), HttpContext.RequestAborted);
            Done = text["DeadLetters.Delivered"];
            return RedirectToPage();
        }
        catch (NotFound)
        {
            Refusal = text["DeadLetters.Gone"];
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        catch (RuleBroken)
        {
            Refusal = text["DeadLetters.StillFailing"];
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        await OnGetAsync();
        return Page();
    }
}
