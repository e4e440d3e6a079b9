using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace Training.ArchitectureTests.Rules;

/// <summary>
/// One use case, one file: no source file holds two request handlers. The source file of a handler
/// is read from its assembly's portable PDB (the sequence points of its methods, including those the
/// compiler nests in it for async methods and lambdas).
/// </summary>
internal static class HandlerFileRule
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    public static RuleResult Check(IEnumerable<Assembly> assemblies)
    {
        var handlers = RequestTypes.Handlers(assemblies).ToList();
        var violations = handlers
            .GroupBy(handler => handler.Assembly)
            .SelectMany(SourceFiles)
            .GroupBy(placed => placed.File, placed => placed.Handler)
            .Where(file => file.Count() > 1)
            .Select(file => $"{Path.GetFileName(file.Key)} holds {string.Join(" and ", file.Select(h => h.FullName).Order(StringComparer.Ordinal))}")
            .ToList();
        return new(handlers.Count, violations);
    }

    private static List<(string File, Type Handler)> SourceFiles(IGrouping<Assembly, Type> handlersOfAssembly)
    {
        var pdb = Path.ChangeExtension(handlersOfAssembly.Key.Location, ".pdb");
        using var provider = MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(pdb));
        var reader = provider.GetMetadataReader();
        return [.. handlersOfAssembly.SelectMany(handler => FilesOf(handler, reader).Select(file => (file, handler)))];
    }

    private static IEnumerable<string> FilesOf(Type type, MetadataReader pdb) =>
        type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared))
            .SelectMany(method => pdb.GetMethodDebugInformation(MetadataTokens.MethodDefinitionHandle(method.MetadataToken)).GetSequencePoints())
            .Select(point => pdb.GetString(pdb.GetDocument(point.Document).Name))
            .Concat(type.GetNestedTypes(Declared).SelectMany(nested => FilesOf(nested, pdb)))
            .Distinct();
}
