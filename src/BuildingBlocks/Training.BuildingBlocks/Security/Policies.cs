namespace Training.BuildingBlocks.Security;

/// <summary>Authorization policy names shared by every module; the host defines what each requires.</summary>
public static class Policies
{
    public const string PlatformAdmin = nameof(PlatformAdmin);
}
