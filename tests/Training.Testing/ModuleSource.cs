using System.Xml.Linq;

namespace Training.Testing;

/// <summary>A module's source folder in the repository, for tests that hold its texts against its code.</summary>
public sealed class ModuleSource(string module)
{
    private readonly string _folder = Path.Combine(SolutionRoot(), "src", "Modules", module, $"Training.Modules.{module}");

    /// <summary>The text of every file matching <paramref name="pattern"/>, build output left out.</summary>
    public IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(_folder, pattern, SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText);

    /// <summary>The texts of one of the module's resource files, by key.</summary>
    public Dictionary<string, string> Texts(string file) => Read(Path.Combine(_folder, "Resources", file));

    /// <summary>The name of every module in the repository (the folders under <c>src/Modules</c>).</summary>
    public static IEnumerable<string> All() =>
        Directory.EnumerateDirectories(Path.Combine(SolutionRoot(), "src", "Modules")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>The path of every source file of the building blocks.</summary>
    public static IEnumerable<string> BuildingBlocks() =>
        Directory.EnumerateFiles(Path.Combine(SolutionRoot(), "src", "BuildingBlocks"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>The texts of one of the host's shared resource files, by key.</summary>
    public static Dictionary<string, string> Shared(string file) => Read(Path.Combine(SolutionRoot(), "src", "Host", "Training.Host", "Resources", file));

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    private static string SolutionRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "Training.sln")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException("Training.sln not found above the test folder");
        }

        return folder.FullName;
    }
}
