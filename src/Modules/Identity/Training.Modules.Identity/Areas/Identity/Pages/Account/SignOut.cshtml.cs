using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Training.BuildingBlocks.Web;
using Training.Modules.Identity.Accounts;
using Training.Modules.Identity.Web;

namespace Training.Modules.Identity.Pages.Account;

/// <summary>Ends the session and leaves the sign-in page ready for the next person on a shared tablet.</summary>
[AllowAnonymous]
internal sealed class SignOutModel(IMediator mediator, IdentityErrorTexts errors) : FormPageModel<IdentityErrorTexts>(mediator, errors)
{
    public async Task<IActionResult> OnPostAsync()
    {
        await SignOutEndpoint.SignOutAsync(HttpContext, Mediator);
        return LocalRedirect("/signin");
    }
}
