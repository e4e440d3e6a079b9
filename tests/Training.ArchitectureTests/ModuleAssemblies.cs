using System.Reflection;
using System.Runtime.Loader;
using Training.Modules.Other.Contracts;
using Training.Modules.Rogue;
using Training.Modules.Rogue.Contracts;
using Training.Modules.Sample;
using Training.Modules.Sample.Contracts;

namespace Training.ArchitectureTests;

/// <summary>The assemblies the rules run over.</summary>
internal static class ModuleAssemblies
{
    /// <summary>Set on every fixture assembly by tests/Training.ArchitectureTests.Fixtures/Directory.Build.props.</summary>
    private const string FixtureMark = "Training.ArchitectureFixture";

    /// <summary>
    /// The real modules: every <c>Training.Modules.*</c> assembly the host brings into the output
    /// folder, so a new module is covered as soon as the host references it.
    /// </summary>
    public static IReadOnlyList<Assembly> Real { get; } =
    [
        .. Directory.GetFiles(AppContext.BaseDirectory, "Training.Modules.*.dll")
            .Select(path => AssemblyLoadContext.Default.LoadFromAssemblyName(AssemblyName.GetAssemblyName(path)))
            .Where(assembly => !IsFixture(assembly))
            .OrderBy(assembly => assembly.GetName().Name, StringComparer.Ordinal),
    ];

    /// <summary>A well-behaved fixture module, its contracts and the contracts of a module it listens to.</summary>
    public static IReadOnlyList<Assembly> Sample { get; } =
    [
        typeof(SampleModule).Assembly,
        typeof(ItemRegisteredIntegrationEvent).Assembly,
        typeof(OtherThingHappenedIntegrationEvent).Assembly,
    ];

    /// <summary>A fixture module and its contracts that break every rule.</summary>
    public static IReadOnlyList<Assembly> Rogue { get; } =
    [
        typeof(RogueModule).Assembly,
        typeof(GadgetRegisteredIntegrationEvent).Assembly,
    ];

    public static IReadOnlyList<Assembly> RealAndSample => [.. Real, .. Sample];

    private static bool IsFixture(Assembly assembly) =>
        assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Any(m => m.Key == FixtureMark);
}
