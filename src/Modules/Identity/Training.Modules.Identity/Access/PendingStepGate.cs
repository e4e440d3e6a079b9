using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Identity.Access;

/// <summary>Marks the few endpoints and pages open to a person who must first change a secret or enrol a second factor.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class OpenWhileStepPendingAttribute : Attribute;

/// <summary>Whether admins and officers must sign in with a second factor (<c>Identity:RequireTwoFactor</c>, off by default).</summary>
internal sealed record TwoFactorRule(bool Required);

/// <summary>
/// Until a person has chosen their own secret (and enrolled a second factor where it is required),
/// every protected endpoint and page refuses them, except those marked <see cref="OpenWhileStepPendingAttribute"/>.
/// The refusal names the step, so the API answers <c>secret.must-change</c> and pages lead to the form.
/// </summary>
internal sealed class PendingStepGate : IAuthorizationHandler
{
    public const string Item = "bekal.pending-step";

    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (context.User.FindFirst(Sessions.PendingStep)?.Value is { } step
            && context.Resource is HttpContext http
            && http.GetEndpoint()?.Metadata.GetMetadata<OpenWhileStepPendingAttribute>() is null
            && context.User.FindFirst(BekalClaims.UserId) is not null)
        {
            http.Items[Item] = step;
            context.Fail(new AuthorizationFailureReason(this, step));
        }

        return Task.CompletedTask;
    }

    /// <summary>The problem code and the page of a pending step.</summary>
    public static (string Code, string Page) Of(string step) => step == Sessions.EnrolTwoFactor
        ? ("two-factor.enrol-required", "/account/two-factor")
        : ("secret.must-change", "/account/secret");
}
