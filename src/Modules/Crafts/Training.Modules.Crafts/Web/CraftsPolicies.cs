using Microsoft.AspNetCore.Authorization;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Crafts.Web;

/// <summary>The module's own policy: who works on products (trainers draft and revise them, officers also publish and retire).</summary>
internal static class CraftsPolicies
{
    public const string ProductStaff = "Crafts.ProductStaff";

    public static AuthorizationBuilder AddCraftsPolicies(this AuthorizationBuilder builder) =>
        builder.AddPolicy(ProductStaff, p => p.RequireClaim(BekalClaims.Role, Roles.Trainer, Roles.FacilityOfficer));
}
