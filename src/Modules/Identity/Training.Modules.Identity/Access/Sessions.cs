using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Accounts;
using Training.Modules.Identity.Contracts;
using Training.Modules.Identity.Learners;

namespace Training.Modules.Identity.Access;

/// <summary>The claims a session cookie carries; they are checked against the account on every request.</summary>
internal static class Sessions
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public static ClaimsPrincipal For(Account account, EmployerVerification? employerStatus)
    {
        var claims = new List<Claim>
        {
            new(BekalClaims.UserId, account.Id.ToString()),
            new(BekalClaims.Role, account.Role),
            new(BekalClaims.Name, account.DisplayName),
            new(BekalClaims.SessionStamp, account.SessionStamp.ToString(System.Globalization.CultureInfo.InvariantCulture)),
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

        return Principal(claims);
    }

    public static ClaimsPrincipal For(Learner learner) => Principal(
    [
        new(BekalClaims.UserId, learner.Id.ToString()),
        new(BekalClaims.Role, Roles.Learner),
        new(BekalClaims.Name, learner.FullName),
        new(BekalClaims.FacilityId, learner.FacilityId.ToString()),
        new(BekalClaims.SessionStamp, learner.SessionStamp.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ]);

    private static ClaimsPrincipal Principal(IEnumerable<Claim> claims) =>
        new(new ClaimsIdentity(claims, Scheme, BekalClaims.Name, BekalClaims.Role));
}
