using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Training.BuildingBlocks.Security;
using Training.BuildingBlocks.Web;
using Training.Modules.Identity.Access;
using Training.Modules.Identity.Accounts;
using Training.Modules.Identity.Web;

namespace Training.Modules.Identity.Pages.Account;

/// <summary>
/// The signed-in person chooses their own password, or (a learner) her own PIN on the PIN pad. Every
/// other page leads here while the secret is one someone else set.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[OpenWhileStepPending]
internal sealed class SecretModel(IMediator mediator, IdentityErrorTexts errors, IStringLocalizer<IdentityResource> text) : FormPageModel<IdentityErrorTexts>(mediator, errors)
{
    [BindProperty]
    public SecretForm Secret { get; set; } = new();

    public bool IsLearner => User.IsInRole(Roles.Learner);

    public bool MustChange => User.FindFirst(Sessions.PendingStep)?.Value == Sessions.ChangeSecret;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!string.Equals(Secret.New, Secret.Confirm, StringComparison.Ordinal))
        {
            Refuse(nameof(Secret), text["Secret.Mismatch"], StatusCodes.Status400BadRequest);
            return Page();
        }

        var change = new ChangeOwnSecret(Secret.Current ?? "", Secret.New ?? "") { SessionId = Sessions.IdOf(User) ?? Guid.Empty };
        var (ok, principal) = await SendAsync(nameof(Secret), change);
        if (!ok)
        {
            return Page();
        }

        await HttpContext.SignInAsync(Sessions.Scheme, principal, new AuthenticationProperties { IsPersistent = false });
        Done = text[IsLearner ? "Secret.Changed.Pin" : "Secret.Changed.Password"];
        return principal.FindFirst(Sessions.PendingStep)?.Value is { } step ? LocalRedirect(PendingStepGate.Of(step).Page) : LocalRedirect("/");
    }

    internal sealed class SecretForm
    {
        public string? Current { get; set; }

        public string? New { get; set; }

        public string? Confirm { get; set; }
    }
}
