using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Training.Modules.Identity.Access;

namespace Training.Modules.Identity.Pages.Account;

/// <summary>Ends the session and leaves the sign-in page ready for the next person on a shared tablet.</summary>
[AllowAnonymous]
internal sealed class SignOutModel : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(Sessions.Scheme);
        return LocalRedirect("/signin");
    }
}
