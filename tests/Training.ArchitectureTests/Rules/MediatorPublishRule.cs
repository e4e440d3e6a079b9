using System.Reflection;
using ArchUnitNET.Domain.Dependencies;
using ArchUnitNET.Loader;

namespace Training.ArchitectureTests.Rules;

/// <summary>
/// Integration events reach other modules only through the relay, which delivers each once per
/// module through its inbox. So no module publishes through the mediator: a <c>Publish</c> would run
/// beside the inbox, outside the producer's commit. ArchUnitNET reads the IL, so every call counts.
/// </summary>
internal static class MediatorPublishRule
{
    private static readonly string[] Mediators = ["MediatR.IMediator", "MediatR.Mediator"];

    public static RuleResult Check(IEnumerable<Assembly> assemblies)
    {
        var implementations = assemblies.Where(a => ModuleNaming.IsImplementation(a.GetName().Name!)).ToArray();
        if (implementations.Length == 0)
        {
            return new(0, []);
        }

        var types = new ArchLoader().LoadAssemblies(implementations).Build().Types.ToList();
        var violations = types
            .Where(type => type.Dependencies.OfType<MethodCallDependency>().Any(IsPublish))
            .Select(type => $"{OuterName(type.FullName)} publishes through the mediator")
            .Distinct()
            .ToList();
        return new(types.Count, violations);
    }

    private static bool IsPublish(MethodCallDependency call) =>
        Mediators.Contains(call.TargetMember.DeclaringType.FullName)
        && call.TargetMember.Name.StartsWith("Publish", StringComparison.Ordinal);

    /// <summary>The type a person wrote: a call inside an async method or lambda sits in a type the compiler nested in it.</summary>
    private static string OuterName(string fullName) => fullName.Split('+', '/')[0];
}
