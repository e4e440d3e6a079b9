using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Web;
using Training.Modules.Identity.Access;
using Training.Modules.Identity.Accounts;
using Training.Modules.Identity.Learners;
using Training.Modules.Identity.Web;
using SignInResult = Training.Modules.Identity.Accounts.SignInResult;

namespace Training.Modules.Identity.Pages.Account;

/// <summary>
/// Staff and employers sign in with a username and password, learners with their facility's
/// code, their number and a PIN. Posts count against the same per-address limit as the API.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AccessPolicies.SignInLimit)]
internal sealed class SignInModel(IMediator mediator, IdentityErrorTexts errors, IStringLocalizer<IdentityResource> text) : FormPageModel<IdentityErrorTexts>(mediator, errors)
{
    // A shared tablet stays at one facility: its code is remembered for the next learner.
    private const string FacilityCookie = "bekal.facility";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public StaffForm Staff { get; set; } = new();

    [BindProperty]
    public LearnerForm Learner { get; set; } = new();

    public void OnGet() => Learner.FacilityCode ??= Request.Cookies[FacilityCookie];

    public async Task<IActionResult> OnPostStaffAsync()
    {
        var (ok, outcome) = await SendAsync(nameof(Staff), new SignIn(Staff.Username ?? "", Staff.Password ?? "")
        {
            Code = string.IsNullOrWhiteSpace(Staff.Code) ? null : Staff.Code.Trim(),
            ClientAddress = ClientAddress,
        });
        return ok ? await FinishAsync(nameof(Staff), outcome) : Page();
    }

    public async Task<IActionResult> OnPostLearnerAsync()
    {
        var command = new LearnerSignIn(Learner.FacilityCode ?? "", Learner.LearnerNumber ?? "", Learner.Pin ?? "") { ClientAddress = ClientAddress };
        var (ok, outcome) = await SendAsync(nameof(Learner), command);
        if (ok && outcome.Result == SignInResult.SignedIn)
        {
            Response.Cookies.Append(FacilityCookie, command.FacilityCode.Trim().ToUpperInvariant(), new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
            });
        }

        return ok ? await FinishAsync(nameof(Learner), outcome) : Page();
    }

    private string? ClientAddress => HttpContext.Connection.RemoteIpAddress?.ToString();

    private async Task<IActionResult> FinishAsync(string form, SignInOutcome outcome)
    {
        if (outcome.Result == SignInResult.SignedIn)
        {
            await HttpContext.SignInAsync(Sessions.Scheme, outcome.Principal!, new AuthenticationProperties { IsPersistent = false });
            if (outcome.Principal!.FindFirst(Sessions.PendingStep)?.Value is { } step)
            {
                return LocalRedirect(PendingStepGate.Of(step).Page);
            }

            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (outcome.Result == SignInResult.Throttled)
        {
            Response.Headers.RetryAfter = outcome.RetryAfterSeconds;
        }

        var (status, key) = outcome.Result switch
        {
            SignInResult.Throttled => (StatusCodes.Status429TooManyRequests, "SignIn.Throttled"),
            SignInResult.TwoFactorCodeNeeded => (StatusCodes.Status401Unauthorized, "SignIn.CodeNeeded"),
            SignInResult.Disabled => (StatusCodes.Status403Forbidden, "SignIn.Disabled"),
            _ => (StatusCodes.Status401Unauthorized, form == nameof(Learner) ? "SignIn.Learner.Wrong" : "SignIn.Staff.Wrong"),
        };
        Refuse(form, text[key], status);
        return Page();
    }

    internal sealed class StaffForm
    {
        public string? Username { get; set; }

        public string? Password { get; set; }

        /// <summary>The code from the authenticator app, for accounts that enrolled one.</summary>
        public string? Code { get; set; }
    }

    internal sealed class LearnerForm
    {
        public string? FacilityCode { get; set; }

        public string? LearnerNumber { get; set; }

        public string? Pin { get; set; }
    }
}
