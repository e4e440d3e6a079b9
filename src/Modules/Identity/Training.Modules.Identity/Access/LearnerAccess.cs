using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Learners;

namespace Training.Modules.Identity.Access;

/// <summary>
/// Who may see and change a learner: the learner, and the staff of the learner's current
/// facility. Anyone else is told the learner does not exist.
/// </summary>
internal sealed class LearnerAccess(ICurrentUser user)
{
    /// <summary>The platform's own work (the relay issuing a certificate, jobs) reads learners without a person to scope to.</summary>
    public bool MayRead(Learner learner) =>
        user.IsSystem
        || user.Id == learner.Id || (user.Role is { } role && Roles.FacilityStaff.Contains(role) && user.FacilityId == learner.FacilityId);

    public Learner EnsureMayRead(Learner? learner, Guid id) =>
        learner is not null && MayRead(learner) ? learner : throw new NotFound("learner", id);

    /// <summary>Only the officers of the learner's facility manage the learner's account.</summary>
    public Learner EnsureMayManage(Learner? learner, Guid id) =>
        learner is not null && user.IsInRole(Roles.FacilityOfficer) && user.FacilityId == learner.FacilityId
            ? learner
            : throw new NotFound("learner", id);

    /// <summary>Officers of the learner's facility and platform admins see and lift a lockout.</summary>
    public Learner EnsureMayUnlock(Learner? learner, Guid id) =>
        learner is not null && (user.IsInRole(Roles.PlatformAdmin) || (user.IsInRole(Roles.FacilityOfficer) && user.FacilityId == learner.FacilityId))
            ? learner
            : throw new NotFound("learner", id);

    /// <summary>The facility an officer works at; the only one whose learners they may register.</summary>
    public Guid EnsureOfficerOf(Guid facilityId) =>
        user.IsInRole(Roles.FacilityOfficer) && user.FacilityId == facilityId ? facilityId : throw new NotFound("facility", facilityId);

    public Guid ActorId => user.Id ?? Guid.Empty;
}
