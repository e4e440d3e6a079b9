using System.Reflection;
using ArchUnitNET.Domain.Dependencies;
using ArchUnitNET.Loader;

namespace Training.ArchitectureTests.Rules;

/// <summary>
/// One commit per command and per delivery: no type of a module calls <c>SaveChangesAsync</c>:
/// the unit-of-work behaviour (commands) and the relay's delivery (events), both in BuildingBlocks,
/// are the only places that commit; handlers queue their work on the session. ArchUnitNET reads the
/// IL, so a call inside any method body (an async one too) counts.
/// </summary>
internal static class CommitRule
{
    private const string Commit = "SaveChangesAsync";

    public static RuleResult Check(IEnumerable<Assembly> assemblies)
    {
        var modules = assemblies.Where(a => ModuleNaming.IsModule(a.GetName().Name!)).ToArray();
        if (modules.Length == 0)
        {
            return new(0, []);
        }

        var types = new ArchLoader().LoadAssemblies(modules).Build().Types.ToList();
        var violations = types
            .Where(type => type.Dependencies.OfType<MethodCallDependency>().Any(IsCommit))
            .Select(type => $"{Outermost(type.FullName)} calls {Commit}")
            .Distinct()
            .ToList();
        return new(types.Count, violations);
    }

    private static bool IsCommit(MethodCallDependency call) =>
        call.TargetMember.Name.StartsWith(Commit + "(", StringComparison.Ordinal);

    /// <summary>The type a developer wrote: an async method's state machine is a nested type the compiler made.</summary>
    private static string Outermost(string fullName) => fullName.Split('+')[0];
}
