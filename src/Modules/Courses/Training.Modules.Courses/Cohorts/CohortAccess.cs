using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;

namespace Training.Modules.Courses.Cohorts;

/// <summary>A cohort belongs to its facility: other facilities' staff are told it does not exist.</summary>
internal static class CohortAccess
{
    public static Cohort EnsureStaffOf(this ICurrentUser user, Cohort? cohort, Guid id) =>
        cohort is not null && user.Role is { } role && Roles.FacilityStaff.Contains(role) && user.FacilityId == cohort.FacilityId
            ? cohort
            : throw new NotFound("cohort", id);

    public static Cohort EnsureOfficerOf(this ICurrentUser user, Cohort? cohort, Guid id) =>
        user.IsInRole(Roles.FacilityOfficer) ? user.EnsureStaffOf(cohort, id) : throw new NotFound("cohort", id);

    /// <summary>Attendance is the cohort's own trainer's to take.</summary>
    public static Cohort EnsureTrainerOf(this ICurrentUser user, Cohort? cohort, Guid id) =>
        cohort is not null && user.IsInRole(Roles.Trainer) && cohort.TrainerId == user.Id ? cohort : throw new NotFound("cohort", id);
}
