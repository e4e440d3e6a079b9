namespace Training.BuildingBlocks.Security;

/// <summary>Authorization policy names shared by every module; the Identity module defines what each requires.</summary>
public static class Policies
{
    public const string PlatformAdmin = nameof(PlatformAdmin);
    public const string FacilityOfficer = nameof(FacilityOfficer);
    public const string Trainer = nameof(Trainer);
    public const string Assessor = nameof(Assessor);
    public const string Learner = nameof(Learner);

    /// <summary>Any signed-in employer, verified or not (their own account and registration).</summary>
    public const string Employer = nameof(Employer);

    /// <summary>An employer a platform admin has verified: the only kind that may search or contact.</summary>
    public const string VerifiedEmployer = nameof(VerifiedEmployer);

    /// <summary>An officer, trainer or assessor of a facility.</summary>
    public const string FacilityStaff = nameof(FacilityStaff);

    /// <summary>Anyone signed in.</summary>
    public const string SignedIn = nameof(SignedIn);
}
