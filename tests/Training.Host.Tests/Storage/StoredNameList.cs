using System.Reflection;
using System.Runtime.Loader;
using Marten;
using Training.BuildingBlocks.Contracts;
using Training.BuildingBlocks.Storage;

namespace Training.Host.Tests.Storage;

/// <summary>
/// What the host's store keeps names for, read from the built store, and how that compares with the
/// committed list: every name stored today is in the list, and a listed name leaves the store only
/// when an upcaster still reads it.
/// </summary>
internal static class StoredNameList
{
    public const string FileName = "stored-names.txt";

    public static string CommittedFile => Path.Combine(AppContext.BaseDirectory, "Storage", FileName);

    /// <summary>The options the host's store was built with.</summary>
    public static IReadOnlyStoreOptions Options(IDocumentStore store) => store.Options;

    public static IReadOnlyList<string> Committed() =>
        [.. File.ReadAllLines(CommittedFile).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];

    /// <summary>Each module's (and the building blocks') written-out list, found by type.</summary>
    public static IReadOnlyList<StoredNames> Lists() =>
    [
        .. OwnAssemblies()
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetProperties(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(p => p.PropertyType == typeof(StoredNames))
            .Select(p => (StoredNames)p.GetValue(null)!),
    ];

    /// <summary>One line per stored name: <c>event &lt;name&gt;</c> or <c>document &lt;schema&gt;.&lt;alias&gt;</c>.</summary>
    public static IReadOnlyList<string> Current(IDocumentStore store) =>
    [
        .. Options(store).Events.AllKnownEventTypes().Where(e => IsOwn(e.EventType)).Select(e => $"event {e.EventTypeName}")
            .Concat(Options(store).AllKnownDocumentTypes().Where(d => IsOwn(d.DocumentType)).Select(d => $"document {d.DatabaseSchemaName}.{d.Alias}"))
            .Distinct()
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>
    /// The module types that are stored: documents and events the store knows, the events aggregates are
    /// rebuilt from (Marten learns those only when first read) and the integration events.
    /// </summary>
    public static IReadOnlyList<Type> StoredTypes(IDocumentStore store) =>
    [
        .. Options(store).Events.AllKnownEventTypes().Select(e => e.EventType)
            .Concat(Options(store).AllKnownDocumentTypes().Select(d => d.DocumentType))
            .Concat(OwnAssemblies().SelectMany(a => a.GetTypes()).SelectMany(AggregateEvents))
            .Concat(OwnAssemblies().SelectMany(a => a.GetTypes()).Where(t => typeof(IIntegrationEvent).IsAssignableFrom(t) && !t.IsAbstract))
            .Where(IsOwn)
            .Distinct(),
    ];

    public static IReadOnlyList<string> Problems(IReadOnlyCollection<string> committed, IReadOnlyCollection<string> current, IEnumerable<string> upcastNames)
    {
        var upcast = upcastNames.Select(n => $"event {n}").ToHashSet(StringComparer.Ordinal);
        return
        [
            .. current.Except(committed, StringComparer.Ordinal).Select(n => $"'{n}' is stored but missing from {FileName}: add the line"),
            .. committed.Except(current, StringComparer.Ordinal).Where(n => !upcast.Contains(n))
                .Select(n => $"'{n}' was stored and is no longer read: keep its name mapped, or register an upcaster for it (docs/stored-names.md)"),
        ];
    }

    private static IEnumerable<Type> AggregateEvents(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == type && m.GetParameters() is [var only] && only.ParameterType != type
                && ((m.Name == "Create" && m.IsStatic) || (m.Name == "Apply" && !m.IsStatic)))
            .Select(m => m.GetParameters()[0].ParameterType);

    private static bool IsOwn(Type type) => OwnAssemblies().Contains(type.Assembly);

    private static IReadOnlyList<Assembly> OwnAssemblies() => Own.Value;

    // The building blocks and every module with its contracts that the host brings into the output folder.
    private static readonly Lazy<IReadOnlyList<Assembly>> Own = new(() =>
    [
        .. Directory.GetFiles(AppContext.BaseDirectory, "Training.*.dll")
            .Select(AssemblyName.GetAssemblyName)
            .Where(IsOwn)
            .Select(AssemblyLoadContext.Default.LoadFromAssemblyName),
    ]);

    private static bool IsOwn(AssemblyName name) =>
        name.Name!.StartsWith("Training.Modules.", StringComparison.Ordinal) || name.Name!.StartsWith("Training.BuildingBlocks", StringComparison.Ordinal);
}
