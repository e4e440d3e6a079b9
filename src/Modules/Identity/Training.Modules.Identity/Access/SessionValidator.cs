using System.Security.Claims;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Accounts;
using Training.Modules.Identity.Employers;
using Training.Modules.Identity.Learners;

namespace Training.Modules.Identity.Access;

/// <summary>
/// Checks every session against its record and its account: a session signed out, past its lifetime
/// or idle too long, a disabled account, a changed password or PIN, or a transfer ends it on its next
/// request. Refreshes what may have changed (an employer's verification, a step still to take).
/// API callers get 401/403 problem details, never a redirect.
/// </summary>
internal sealed class SessionValidator(
    IQuerySession session, IServiceScopeFactory scopes, IProblemDetailsService problems, TimeProvider clock, IOptions<SessionLimits> limits, TwoFactorRule twoFactor)
    : CookieAuthenticationEvents
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

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (context.HttpContext.Items[PendingStepGate.Item] is string step)
        {
            var (code, page) = PendingStepGate.Of(step);
            if (!IsApi(context.Request))
            {
                context.Response.Redirect(page);
                return Task.CompletedTask;
            }

            return Problem(context.HttpContext, StatusCodes.Status403Forbidden, "Take this step first", code);
        }

        return IsApi(context.Request) ? Problem(context.HttpContext, StatusCodes.Status403Forbidden, "Not allowed") : base.RedirectToAccessDenied(context);
    }

    private async Task<ClaimsPrincipal?> CurrentPrincipalAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(principal.FindFirstValue(BekalClaims.UserId), out var id) || Sessions.IdOf(principal) is not { } sessionId)
        {
            return null;
        }

        // One round trip for the session record and the person.
        var learnerSession = principal.FindFirstValue(BekalClaims.Role) == Roles.Learner;
        var batch = session.CreateBatchQuery();
        var record = batch.Load<UserSession>(sessionId);
        var learner = learnerSession ? batch.Load<Learner>(id) : Task.FromResult<Learner?>(null);
        var account = learnerSession ? Task.FromResult<Account?>(null) : batch.Load<Account>(id);
        await batch.Execute(cancellationToken);

        var now = clock.GetUtcNow();
        if (await record is not { } open || open.PersonId != id || open.Learner != learnerSession || !open.IsOpen(limits.Value, now))
        {
            return null;
        }

        var current = learnerSession ? LearnerPrincipal(await learner, principal, sessionId) : await AccountPrincipalAsync(await account, principal, sessionId, cancellationToken);
        if (current is not null && now - open.LastSeenAt >= UserSession.SeenPrecision)
        {
            // A scope of its own: the request's session stays for the request's own command.
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new NoteSessionSeen(sessionId, now), cancellationToken);
        }

        return current;
    }

    private static ClaimsPrincipal? LearnerPrincipal(Learner? learner, ClaimsPrincipal principal, Guid sessionId) =>
        learner is not null && Stamp(learner.SessionStamp) == principal.FindFirstValue(BekalClaims.SessionStamp) ? Sessions.For(learner, sessionId) : null;

    private async Task<ClaimsPrincipal?> AccountPrincipalAsync(Account? account, ClaimsPrincipal principal, Guid sessionId, CancellationToken cancellationToken)
    {
        if (account is null || account.Disabled || Stamp(account.SessionStamp) != principal.FindFirstValue(BekalClaims.SessionStamp))
        {
            return null;
        }

        var employer = account.EmployerId is { } employerId ? await session.LoadAsync<Employer>(employerId, cancellationToken) : null;
        return Sessions.For(account, employer?.Status, sessionId, twoFactor.Required);
    }

    private static string Stamp(int stamp) => stamp.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool SameClaims(ClaimsPrincipal a, ClaimsPrincipal b) =>
        a.Claims.Select(c => (c.Type, c.Value)).Order().SequenceEqual(b.Claims.Select(c => (c.Type, c.Value)).Order());

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private async Task Problem(HttpContext context, int status, string title, string? code = null)
    {
        context.Response.StatusCode = status;
        var details = new ProblemDetails { Status = status, Title = title };
        if (code is not null)
        {
            details.Detail = code;
            details.Extensions["code"] = code;
        }

        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details });
    }
}
