using System.Text.RegularExpressions;
using System.Xml.Linq;
using FluentAssertions;
using Training.Modules.Certificates.Issuers;
using Xunit;

namespace Training.Modules.Certificates.Tests.Pages;

/// <summary>What people read comes from resources in both languages, and none of it hints where a holder trained.</summary>
public sealed partial class TheTexts
{
    private static readonly string Module = Path.Combine(Root(), "src", "Modules", "Certificates", "Training.Modules.Certificates");

    [Fact]
    public void Both_languages_have_the_same_texts() =>
        Texts("CertificatesResource.en.resx").Keys.Should().BeEquivalentTo(Texts("CertificatesResource.resx").Keys);

    [Fact]
    public void Every_rule_code_the_module_refuses_with_is_translated()
    {
        var codes = Directory.EnumerateFiles(Module, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => RuleCode().Matches(File.ReadAllText(path)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        codes.Should().Contain("certificate.issuer.names-facility");
        Texts("CertificatesResource.resx").Keys.Should().Contain(codes.Select(code => $"Error.{code}"));
    }

    [Theory]
    [InlineData("CertificatesResource.resx")]
    [InlineData("CertificatesResource.en.resx")]
    public void No_text_names_a_place_of_custody(string file) =>
        Texts(file).Where(t => StigmaWords.AppearIn(t.Value)).Select(t => t.Key).Should().BeEmpty();

    private static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(Path.Combine(Module, "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    private static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "Training.sln")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException("Training.sln not found above the test folder");
        }

        return folder.FullName;
    }

    [GeneratedRegex("""RuleBroken\("([a-z]+\.[a-z.-]+)"?""")]
    private static partial Regex RuleCode();
}
