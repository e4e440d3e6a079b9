namespace Training.BuildingBlocks.Security;

/// <summary>The claims of a Bekal session cookie.</summary>
public static class BekalClaims
{
    public const string UserId = "sub";
    public const string Role = "role";
    public const string Name = "name";
    public const string FacilityId = "facility";
    public const string EmployerId = "employer";
    public const string EmployerStatus = "employer_status";
    public const string SessionStamp = "stamp";
}
