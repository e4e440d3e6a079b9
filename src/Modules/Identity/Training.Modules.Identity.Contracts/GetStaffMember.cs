using MediatR;

namespace Training.Modules.Identity.Contracts;

/// <summary>A staff account as other modules may know it (e.g. the trainer of a cohort); null when there is none.</summary>
public sealed record GetStaffMember(Guid AccountId) : IRequest<StaffMember?>;

public sealed record StaffMember(Guid AccountId, string DisplayName, string Role, Guid? FacilityId, bool Disabled);
