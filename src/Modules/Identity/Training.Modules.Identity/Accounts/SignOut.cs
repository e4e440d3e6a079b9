using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Training.Modules.Identity.Access;

namespace Training.Modules.Identity.Accounts;

internal static class SignOutEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/auth/sign-out", async (HttpContext http) =>
            {
                await http.SignOutAsync(Sessions.Scheme);
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .WithName("SignOut")
            .WithTags("Identity");
}
