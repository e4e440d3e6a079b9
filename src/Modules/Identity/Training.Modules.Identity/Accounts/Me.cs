using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Identity.Accounts;

/// <summary>Who is signed in, as <c>GET /api/me</c> answers it.</summary>
internal sealed record Me(Guid Id, string DisplayName, string Role, Guid? FacilityId, string? EmployerStatus)
{
    public static Me Of(ClaimsPrincipal principal) => new(
        Guid.Parse(principal.FindFirstValue(BekalClaims.UserId)!),
        principal.FindFirstValue(BekalClaims.Name) ?? "",
        principal.FindFirstValue(BekalClaims.Role) ?? "",
        Guid.TryParse(principal.FindFirstValue(BekalClaims.FacilityId), out var facility) ? facility : null,
        principal.FindFirstValue(BekalClaims.EmployerStatus));
}

internal static class MeEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(Me.Of(user)))
            .RequireAuthorization(Policies.SignedIn)
            .WithName("GetMe")
            .WithTags("Identity");
}
