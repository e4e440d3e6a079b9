using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Accounts;
using Training.Modules.Identity.Contracts;
using Training.Modules.Identity.Learners;

namespace Training.Modules.Identity.Access;

/// <summary>The claims a session cookie carries; they are checked against the account and the session record on every request.</summary>
internal static class Sessions
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>The id of the session's record on the server (<see cref="UserSession"/>).</summary>
    public const string SessionId = "sid";

    /// <summary>A step the person must take before anything else: <see cref="ChangeSecret"/> or <see cref="EnrolTwoFactor"/>.</summary>
    public const string PendingStep = "pending";

    public const string ChangeSecret = "secret";
    public const string EnrolTwoFactor = "two-factor";

    public static ClaimsPrincipal For(Account account, EmployerVerification? employerStatus, Guid sessionId, bool twoFactorRequired)
    {
        var claims = new List<Claim>
        {
            new(BekalClaims.UserId, account.Id.ToString()),
            new(BekalClaims.Role, account.Role),
            new(BekalClaims.Name, account.DisplayName),
            new(BekalClaims.SessionStamp, account.SessionStamp.ToString(CultureInfo.InvariantCulture)),
            new(SessionId, sessionId.ToString()),
        };
        if (account.FacilityId is { } facility)
        {
            claims.Add(new(BekalClaims.FacilityId, facility.ToString()));
        }

        if (account.EmployerId is { } employer)
        {
            claims.Add(new(BekalClaims.EmployerId, employer.ToString()));
            claims.Add(new(BekalClaims.EmployerStatus, (employerStatus ?? EmployerVerification.Pending).ToString()));
        }

        if (account.SecretTemporary)
        {
            claims.Add(new(PendingStep, ChangeSecret));
        }
        else if (account.MustEnrolTwoFactor(twoFactorRequired))
        {
            claims.Add(new(PendingStep, EnrolTwoFactor));
        }

        return Principal(claims);
    }

    public static ClaimsPrincipal For(Learner learner, Guid sessionId)
    {
        var claims = new List<Claim>
        {
            new(BekalClaims.UserId, learner.Id.ToString()),
            new(BekalClaims.Role, Roles.Learner),
            new(BekalClaims.Name, learner.FullName),
            new(BekalClaims.FacilityId, learner.FacilityId.ToString()),
            new(BekalClaims.SessionStamp, learner.SessionStamp.ToString(CultureInfo.InvariantCulture)),
            new(SessionId, sessionId.ToString()),
        };
        if (learner.PinTemporary)
        {
            claims.Add(new(PendingStep, ChangeSecret));
        }

        return Principal(claims);
    }

    public static Guid? IdOf(ClaimsPrincipal principal) => Guid.TryParse(principal.FindFirstValue(SessionId), out var id) ? id : null;

    private static ClaimsPrincipal Principal(IEnumerable<Claim> claims) =>
        new(new ClaimsIdentity(claims, Scheme, BekalClaims.Name, BekalClaims.Role));
}
