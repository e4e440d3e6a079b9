using System.Reflection;
using ArchUnitNET.Domain.Extensions;
using ArchUnitNET.Loader;
using IType = ArchUnitNET.Domain.IType;

namespace Training.ArchitectureTests.Rules;

/// <summary>
/// Rule 2: no type in a Contracts assembly depends on Marten or Hangfire (nor on JasperFx or Weasel,
/// which Marten is built on). ArchUnitNET reads the IL, so a use inside a method body counts too.
/// </summary>
internal static class ContractsPersistenceRule
{
    private static readonly string[] Forbidden = ["Marten", "JasperFx", "Weasel", "Hangfire"];

    public static RuleResult Check(IEnumerable<Assembly> assemblies)
    {
        var contracts = assemblies.Where(a => ModuleNaming.IsContracts(a.GetName().Name!)).ToArray();
        if (contracts.Length == 0)
        {
            return new(0, []);
        }

        var types = new ArchLoader().LoadAssemblies(contracts).Build().Types.ToList();
        var violations = types
            .SelectMany(type => type.GetTypeDependencies()
                .Where(IsForbidden)
                .Select(target => $"{type.FullName} depends on {target.FullName}"))
            .Distinct()
            .ToList();
        return new(types.Count, violations);
    }

    private static bool IsForbidden(IType type) =>
        Forbidden.Any(root =>
            ModuleNaming.IsUnder(type.Namespace.FullName, root)
            || ModuleNaming.IsUnder(new AssemblyName(type.Assembly.FullName).Name!, root));
}
