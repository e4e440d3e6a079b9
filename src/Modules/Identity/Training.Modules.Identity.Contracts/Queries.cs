using MediatR;

namespace Training.Modules.Identity.Contracts;

/// <summary>What another module may know of a learner. Null when the caller may not see the learner (answer 404).</summary>
public sealed record GetLearnerSummary(Guid LearnerId) : IRequest<LearnerSummary?>;

public sealed record LearnerSummary(Guid LearnerId, Guid FacilityId, string LearnerNumber, string FullName, bool Released);

/// <summary>Whether the current user may act on this learner: their own record, or staff of the learner's facility.</summary>
public sealed record MayActOnLearner(Guid LearnerId) : IRequest<bool>;

/// <summary>An employer's verification status; null when there is no such employer.</summary>
public sealed record GetEmployerStatus(Guid EmployerId) : IRequest<EmployerVerification?>;

/// <summary>Only <see cref="Verified"/> may search, post and contact; a suspended employer was verified and is stopped by an admin.</summary>
public enum EmployerVerification
{
    Pending,
    Verified,
    Rejected,
    Suspended,
}

/// <summary>A facility by its code (for other modules' demo data and imports); null when unknown.</summary>
public sealed record FindFacility(string Code) : IRequest<FacilityInfo?>;

public sealed record FacilityInfo(Guid FacilityId, string Code, string Name, string TimeZone, bool Active);

/// <summary>A facility by its id (its name and time zone, to show times as its people live them); null when unknown.</summary>
public sealed record GetFacility(Guid FacilityId) : IRequest<FacilityInfo?>;

/// <summary>Every facility, active or not, by code: for platform admins and the platform's own work. Empty for anyone else.</summary>
public sealed record ListAllFacilities : IRequest<IReadOnlyList<FacilityInfo>>;
