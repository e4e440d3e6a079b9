using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Modules.Identity.Accounts;

namespace Training.Modules.Identity.Pages.Account;

/// <summary>Ends the session and leaves the sign-in page ready for the next person on a shared tablet.</summary>
[AllowAnonymous]
internal sealed class SignOutModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await SignOutEndpoint.SignOutAsync(HttpContext, mediator);
        return LocalRedirect("/signin");
    }
}
