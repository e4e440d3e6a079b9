namespace Training.Testing.Driving;

/// <summary>What <c>GET /api/me</c> answers.</summary>
public sealed record MeView(Guid Id, string DisplayName, string Role, Guid? FacilityId, string? EmployerStatus, bool MustChangeSecret = false, bool MustEnrolTwoFactor = false);

/// <summary>What staff and the learner see of a learner.</summary>
public sealed record LearnerView(Guid Id, Guid FacilityId, string LearnerNumber, string FullName, string Status, DateTimeOffset? ReleasedAt, bool Locked = false);

/// <summary>RFC 9457 problem details as Bekal writes them: a stable code for refusals, field errors for bad input.</summary>
public sealed record ProblemView(int Status, string? Title, string? Detail, string? Code, Dictionary<string, string[]>? Errors);

/// <summary>A CSV import's answer: one entry per data row of the file.</summary>
public sealed record ImportReportView(int Accepted, int Rejected, IReadOnlyList<ImportRowView> Rows);

public sealed record ImportRowView(int Line, string? LearnerNumber, bool Accepted, IReadOnlyList<string> Reasons, Guid? LearnerId);

public sealed record FacilityView(Guid FacilityId, string Code, string Name, string TimeZone, bool Active);

public sealed record StaffView(Guid Id, string Username, string DisplayName, string Role, Guid? FacilityId, bool Disabled, bool Locked = false);

/// <summary>Whether a learner is locked out, as her officers and admins see it.</summary>
public sealed record LockView(bool Locked, DateTimeOffset? LockedUntil);
