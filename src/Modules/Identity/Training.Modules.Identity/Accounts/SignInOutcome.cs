using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Training.Modules.Identity.Access;

namespace Training.Modules.Identity.Accounts;

internal enum SignInResult
{
    SignedIn,

    /// <summary>An unknown name, a wrong secret or a locked account: one answer, so that none tells who exists.</summary>
    WrongCredentials,
    Disabled,
    TwoFactorCodeNeeded,
    Throttled,
}

/// <summary>What a sign-in decided. Failures are results, not exceptions, so that they are recorded.</summary>
internal sealed record SignInOutcome(SignInResult Result, ClaimsPrincipal? Principal = null, TimeSpan? RetryAfter = null)
{
    public static readonly SignInOutcome Wrong = new(SignInResult.WrongCredentials);

    public static SignInOutcome Throttled(TimeSpan wait) => new(SignInResult.Throttled, RetryAfter: wait);

    /// <summary>Whole seconds to wait, at least one.</summary>
    public string RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling((RetryAfter ?? TimeSpan.Zero).TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Sets the session cookie on success; otherwise answers 401, 403 or 429 problem details.</summary>
    public async Task<IResult> ToHttpAsync(HttpContext http)
    {
        if (Result == SignInResult.SignedIn)
        {
            await http.SignInAsync(Sessions.Scheme, Principal!, new AuthenticationProperties { IsPersistent = false });
            return TypedResults.Ok(Me.Of(Principal!));
        }

        if (Result == SignInResult.Throttled)
        {
            http.Response.Headers.RetryAfter = RetryAfterSeconds;
        }

        var (status, code) = Result switch
        {
            SignInResult.Disabled => (StatusCodes.Status403Forbidden, "signin.disabled"),
            SignInResult.TwoFactorCodeNeeded => (StatusCodes.Status401Unauthorized, "signin.two-factor-required"),
            SignInResult.Throttled => (StatusCodes.Status429TooManyRequests, "signin.rate-limited"),
            _ => (StatusCodes.Status401Unauthorized, "signin.wrong-credentials"),
        };
        return TypedResults.Problem(new ProblemDetails { Status = status, Title = "Sign-in refused", Detail = code, Extensions = { ["code"] = code } });
    }
}
