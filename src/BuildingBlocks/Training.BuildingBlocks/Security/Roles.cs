namespace Training.BuildingBlocks.Security;

/// <summary>The roles of DOMAIN.md; a signed-in person has exactly one.</summary>
public static class Roles
{
    public const string PlatformAdmin = nameof(PlatformAdmin);
    public const string FacilityOfficer = nameof(FacilityOfficer);
    public const string Trainer = nameof(Trainer);
    public const string Assessor = nameof(Assessor);
    public const string Learner = nameof(Learner);
    public const string Employer = nameof(Employer);

    /// <summary>Roles bound to one facility, whose members see only that facility's learners.</summary>
    public static readonly IReadOnlySet<string> FacilityStaff = new HashSet<string>(StringComparer.Ordinal) { FacilityOfficer, Trainer, Assessor };

    public static readonly IReadOnlySet<string> Staff = new HashSet<string>(StringComparer.Ordinal) { PlatformAdmin, FacilityOfficer, Trainer, Assessor };
}
