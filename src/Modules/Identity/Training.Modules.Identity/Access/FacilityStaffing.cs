using Training.BuildingBlocks.Security;

namespace Training.Modules.Identity.Access;

internal static class FacilityStaffing
{
    /// <summary>Whether the caller works at the facility as one of its staff.</summary>
    public static bool IsStaffOf(this ICurrentUser user, Guid facilityId) =>
        user.Role is { } role && Roles.FacilityStaff.Contains(role) && user.FacilityId == facilityId;
}
