using System.Reflection;

namespace Training.ArchitectureTests.Rules;

/// <summary>
/// Rule 1: a module references BuildingBlocks, its own assemblies and other modules' Contracts only;
/// Contracts reference BuildingBlocks.Contracts, other Contracts, MediatR and the BCL only.
/// Works on assembly references, which the compiler keeps only for types the code uses.
/// </summary>
internal static class ReferenceRule
{
    public static RuleResult Check(IEnumerable<Assembly> assemblies)
    {
        var modules = assemblies.Where(a => ModuleNaming.IsModule(Name(a))).ToList();
        var violations = modules
            .SelectMany(module => module.GetReferencedAssemblies()
                .Select(reference => reference.Name!)
                .Where(reference => !MayReference(Name(module), reference))
                .Select(reference => $"{Name(module)} must not reference {reference}"))
            .ToList();
        return new(modules.Count, violations);
    }

    private static bool MayReference(string module, string reference) =>
        ModuleNaming.IsContracts(module)
            ? ContractsMayReference(reference)
            : ImplementationMayReference(module, reference);

    private static bool ImplementationMayReference(string module, string reference) =>
        !reference.StartsWith("Training.", StringComparison.Ordinal)
        || reference is "Training.BuildingBlocks" or "Training.BuildingBlocks.Contracts"
        || ModuleNaming.IsContracts(reference)
        || ModuleNaming.ModuleOf(reference) == ModuleNaming.ModuleOf(module);

    private static bool ContractsMayReference(string reference) =>
        reference is "Training.BuildingBlocks.Contracts" or "MediatR" or "netstandard" or "mscorlib"
        || ModuleNaming.IsContracts(reference)
        || ModuleNaming.IsUnder(reference, "System");

    private static string Name(Assembly assembly) => assembly.GetName().Name!;
}
