using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Web;
using Training.Modules.Identity.Access;
using Training.Modules.Identity.Accounts;
using Training.Modules.Identity.Web;

namespace Training.Modules.Identity.Pages.Account;

/// <summary>An admin or officer enrols an authenticator app: a key to scan or type, then a code to confirm it.</summary>
[Authorize(Policy = AccessPolicies.AdminOrOfficer)]
[OpenWhileStepPending]
internal sealed class TwoFactorModel(IMediator mediator, IdentityErrorTexts errors, IStringLocalizer<IdentityResource> text) : FormPageModel<IdentityErrorTexts>(mediator, errors)
{
    public TwoFactorEnrolment? Enrolment { get; private set; }

    public bool MustEnrol => User.FindFirst(Sessions.PendingStep)?.Value == Sessions.EnrolTwoFactor;

    [BindProperty]
    public string? Code { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostStartAsync()
    {
        (_, var enrolment) = await SendAsync("Start", new EnrolTwoFactor());
        Enrolment = enrolment;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync()
    {
        var (ok, _) = await SendAsync("Confirm", new ConfirmTwoFactor(Code ?? ""));
        if (!ok)
        {
            return Page();
        }

        Done = text["TwoFactor.Enabled"];
        return LocalRedirect("/account");
    }
}
