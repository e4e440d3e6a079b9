using System.Text.RegularExpressions;
using System.Xml.Linq;
using FluentAssertions;
using Xunit;

namespace Training.Browser.Tests;

/// <summary>What people read comes from resources in both languages; a missing text would show its key.</summary>
public sealed partial class TheTexts
{
    private static readonly string Module = Path.Combine(Root(), "src", "Modules", "Identity", "Training.Modules.Identity");

    [Fact]
    public void Both_languages_have_the_same_identity_texts() =>
        Keys("IdentityResource.en.resx").Should().BeEquivalentTo(Keys("IdentityResource.resx"));

    [Fact]
    public void Every_rule_code_the_identity_module_refuses_with_is_translated()
    {
        var codes = Directory.EnumerateFiles(Module, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => RuleCode().Matches(File.ReadAllText(path)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        codes.Should().Contain("learner.number-taken");
        Keys("IdentityResource.resx").Should().Contain(codes.Select(code => $"Error.{code}"));
    }

    private static HashSet<string> Keys(string file) =>
        [.. XDocument.Load(Path.Combine(Module, "Resources", file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];

    private static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "Training.sln")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException("Training.sln not found above the test folder");
        }

        return folder.FullName;
    }

    [GeneratedRegex("""(?:RuleBroken\(|new\("[A-Za-z]+", )"([a-z]+\.[a-z.-]+)"?""")]
    private static partial Regex RuleCode();
}
