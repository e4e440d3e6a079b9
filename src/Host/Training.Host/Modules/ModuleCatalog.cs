using System.Reflection;
using System.Runtime.Loader;
using Training.BuildingBlocks.Modules;

namespace Training.Host.Modules;

/// <summary>
/// Finds the modules shipped with the host: every public <see cref="IModule"/> in the
/// <c>Training.*</c> assemblies beside it. A project reference is all it takes to add one.
/// </summary>
internal static class ModuleCatalog
{
    public static IReadOnlyList<IModule> Discover()
    {
        var assemblies = Directory.GetFiles(AppContext.BaseDirectory, "Training.*.dll")
            .Select(path => AssemblyName.GetAssemblyName(path))
            .Select(name => AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == name.Name)
                ?? AssemblyLoadContext.Default.LoadFromAssemblyName(name))
            .ToList();

        // Scrutor does the scanning; the throwaway collection only lists what it found.
        var found = new ServiceCollection();
        found.Scan(scan => scan.FromAssemblies(assemblies)
            .AddClasses(c => c.AssignableTo<IModule>())
            .As<IModule>()
            .WithSingletonLifetime());

        return [.. found
            .Select(d => d.ImplementationType!)
            .Distinct()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IModule)Activator.CreateInstance(t)!)];
    }
}
