namespace Training.ArchitectureTests;

/// <summary>
/// Reads a module's identity from its assembly name: <c>Training.Modules.M</c> (and any
/// <c>Training.Modules.M.X</c>) is module M's implementation, <c>Training.Modules.M.Contracts</c> its contracts.
/// Names are compared whole, segment by segment, so <c>Courses</c> never matches <c>Courses.Contracts</c>.
/// </summary>
internal static class ModuleNaming
{
    private const string Prefix = "Training.Modules.";
    private const string ContractsSuffix = ".Contracts";

    public static string? ModuleOf(string assemblyName) =>
        assemblyName.StartsWith(Prefix, StringComparison.Ordinal) && assemblyName.Length > Prefix.Length
            ? assemblyName[Prefix.Length..].Split('.')[0]
            : null;

    public static bool IsModule(string assemblyName) => ModuleOf(assemblyName) is not null;

    public static bool IsContracts(string assemblyName) =>
        IsModule(assemblyName) && assemblyName.EndsWith(ContractsSuffix, StringComparison.Ordinal);

    public static bool IsImplementation(string assemblyName) =>
        IsModule(assemblyName) && !IsContracts(assemblyName);

    /// <summary>Whether a dotted name is <paramref name="root"/> or lies under it.</summary>
    public static bool IsUnder(string name, string root) =>
        name == root || name.StartsWith(root + ".", StringComparison.Ordinal);
}
