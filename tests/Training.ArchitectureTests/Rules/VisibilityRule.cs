using System.Reflection;
using Training.BuildingBlocks.Modules;
using Training.BuildingBlocks.Scheduling;

namespace Training.ArchitectureTests.Rules;

/// <summary>
/// Rule 3: every type of a module's implementation is internal, except the allow-list below.
/// Contracts are public by design and not checked.
/// </summary>
internal static class VisibilityRule
{
    public static RuleResult Check(IEnumerable<Assembly> assemblies)
    {
        var types = assemblies
            .Where(a => ModuleNaming.IsImplementation(a.GetName().Name!))
            .SelectMany(a => a.GetTypes())
            .ToList();
        var violations = types
            .Where(type => type.IsVisible && !MayBePublic(type))
            .Select(type => $"{type.FullName} is public")
            .ToList();
        return new(types.Count, violations);
    }

    /// <summary>
    /// The allow-list: the module's entry point, which the host creates; and Hangfire jobs, which
    /// Hangfire activates by type and so must be public, known by the <see cref="IRecurringJob"/> they implement.
    /// </summary>
    private static bool MayBePublic(Type type) =>
        typeof(IModule).IsAssignableFrom(type)
        || (type.IsClass && typeof(IRecurringJob).IsAssignableFrom(type));
}
