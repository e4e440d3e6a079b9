using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Accounts;
using Training.Modules.Identity.Employers;
using Training.Modules.Identity.Learners;

namespace Training.Modules.Identity.Access;

/// <summary>
/// Checks every session against its account: a disabled account, a changed password or PIN,
/// or a transfer ends the session on its next request. Refreshes what may have changed
/// (an employer's verification). API callers get 401/403 problem details, never a redirect.
/// </summary>
internal sealed class SessionValidator(IQuerySession session, IProblemDetailsService problems) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var current = await CurrentPrincipalAsync(context.Principal!, context.HttpContext.RequestAborted);
        if (current is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Sessions.Scheme);
            return;
        }

        if (!SameClaims(current, context.Principal!))
        {
            context.ReplacePrincipal(current);
            context.ShouldRenew = true;
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        IsApi(context.Request) ? Problem(context.HttpContext, StatusCodes.Status401Unauthorized, "Sign in first") : base.RedirectToLogin(context);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        IsApi(context.Request) ? Problem(context.HttpContext, StatusCodes.Status403Forbidden, "Not allowed") : base.RedirectToAccessDenied(context);

    private async Task<ClaimsPrincipal?> CurrentPrincipalAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(principal.FindFirstValue(BekalClaims.UserId), out var id))
        {
            return null;
        }

        var stamp = principal.FindFirstValue(BekalClaims.SessionStamp);
        if (principal.FindFirstValue(BekalClaims.Role) == Roles.Learner)
        {
            var learner = await session.LoadAsync<Learner>(id, cancellationToken);
            return learner is not null && Stamp(learner.SessionStamp) == stamp ? Sessions.For(learner) : null;
        }

        var account = await session.LoadAsync<Account>(id, cancellationToken);
        if (account is null || account.Disabled || Stamp(account.SessionStamp) != stamp)
        {
            return null;
        }

        var employer = account.EmployerId is { } employerId ? await session.LoadAsync<Employer>(employerId, cancellationToken) : null;
        return Sessions.For(account, employer?.Status);
    }

    private static string Stamp(int stamp) => stamp.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool SameClaims(ClaimsPrincipal a, ClaimsPrincipal b) =>
        a.Claims.Select(c => (c.Type, c.Value)).Order().SequenceEqual(b.Claims.Select(c => (c.Type, c.Value)).Order());

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private async Task Problem(HttpContext context, int status, string title)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title },
        });
    }
}
