using System.Reflection;
using Marten;
using Training.BuildingBlocks.Modules;

namespace Training.ArchitectureTests.Rules;

/// <summary>
/// Rule 5 (storage): every document a module adds to the store lives in the module's own schema.
/// Each module configures a fresh <see cref="StoreOptions"/> as the host's store does; every document
/// mapping it adds (beyond Marten's own) must name <see cref="ModuleSchema.For"/> the module.
/// </summary>
internal static class DocumentSchemaRule
{
    public static RuleResult Check(IEnumerable<Assembly> assemblies)
    {
        var martens = DocumentsOf(new StoreOptions()).Select(d => d.Type).ToHashSet();
        var documents = assemblies
            .Where(a => ModuleNaming.IsImplementation(a.GetName().Name!))
            .SelectMany(a => a.GetTypes())
            .Where(type => typeof(IModule).IsAssignableFrom(type) && type is { IsClass: true, IsAbstract: false })
            .Select(type => (IModule)Activator.CreateInstance(type)!)
            .SelectMany(module => DocumentsOf(module).Where(d => !martens.Contains(d.Type)).Select(d => (module, d.Type, d.Schema)))
            .ToList();
        var violations = documents
            .Where(d => d.Schema != ModuleSchema.For(d.module))
            .Select(d => $"{d.Type.FullName} is stored in schema {d.Schema}, not {ModuleSchema.For(d.module)}")
            .ToList();
        return new(documents.Count, violations);
    }

    private static List<(Type Type, string Schema)> DocumentsOf(IModule module)
    {
        var options = new StoreOptions();
        module.ConfigureStore(options);
        return DocumentsOf(options);
    }

    private static List<(Type Type, string Schema)> DocumentsOf(IReadOnlyStoreOptions options) =>
        [.. options.AllKnownDocumentTypes().Select(document => (document.DocumentType, document.DatabaseSchemaName))];
}
