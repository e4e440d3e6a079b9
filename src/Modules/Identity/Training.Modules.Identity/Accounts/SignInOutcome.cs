using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Training.Modules.Identity.Access;

namespace Training.Modules.Identity.Accounts;

internal enum SignInResult
{
    SignedIn,
    WrongCredentials,
    Locked,
    Disabled,
}

/// <summary>What a sign-in decided. Failures are results, not exceptions, so that they are recorded.</summary>
internal sealed record SignInOutcome(SignInResult Result, ClaimsPrincipal? Principal = null)
{
    public static readonly SignInOutcome Wrong = new(SignInResult.WrongCredentials);

    /// <summary>Sets the session cookie on success; otherwise answers 401, 403 or 423 problem details.</summary>
    public async Task<IResult> ToHttpAsync(HttpContext http)
    {
        if (Result == SignInResult.SignedIn)
        {
            await http.SignInAsync(Sessions.Scheme, Principal!, new AuthenticationProperties { IsPersistent = false });
            return TypedResults.Ok(Me.Of(Principal!));
        }

        var (status, code) = Result switch
        {
            SignInResult.Locked => (StatusCodes.Status423Locked, "signin.locked"),
            SignInResult.Disabled => (StatusCodes.Status403Forbidden, "signin.disabled"),
            _ => (StatusCodes.Status401Unauthorized, "signin.wrong-credentials"),
        };
        return TypedResults.Problem(new ProblemDetails { Status = status, Title = "Sign-in refused", Detail = code, Extensions = { ["code"] = code } });
    }
}
