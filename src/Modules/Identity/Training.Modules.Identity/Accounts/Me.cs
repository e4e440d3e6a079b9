using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Access;

namespace Training.Modules.Identity.Accounts;

/// <summary>
/// Who is signed in, as <c>GET /api/me</c> and the sign-ins answer it. <see cref="MustChangeSecret"/>:
/// the password or PIN was set by someone else and must be replaced (<c>POST /api/me/secret</c>) first;
/// <see cref="MustEnrolTwoFactor"/>: a second factor is required and not yet enrolled.
/// </summary>
internal sealed record Me(Guid Id, string DisplayName, string Role, Guid? FacilityId, string? EmployerStatus, bool MustChangeSecret, bool MustEnrolTwoFactor)
{
    public static Me Of(ClaimsPrincipal principal) => new(
        Guid.Parse(principal.FindFirstValue(BekalClaims.UserId)!),
        principal.FindFirstValue(BekalClaims.Name) ?? "",
        principal.FindFirstValue(BekalClaims.Role) ?? "",
        Guid.TryParse(principal.FindFirstValue(BekalClaims.FacilityId), out var facility) ? facility : null,
        principal.FindFirstValue(BekalClaims.EmployerStatus),
        principal.FindFirstValue(Sessions.PendingStep) == Sessions.ChangeSecret,
        principal.FindFirstValue(Sessions.PendingStep) == Sessions.EnrolTwoFactor);
}

internal static class MeEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(Me.Of(user)))
            .RequireAuthorization(Policies.SignedIn)
            .WithMetadata(new OpenWhileStepPendingAttribute())
            .WithName("GetMe")
            .WithTags("Identity");
}
