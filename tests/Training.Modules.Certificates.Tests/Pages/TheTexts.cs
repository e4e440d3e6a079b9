using System.Text.RegularExpressions;
using FluentAssertions;
using Training.BuildingBlocks.Text;
using Training.Testing;
using Xunit;

namespace Training.Modules.Certificates.Tests.Pages;

/// <summary>What people read comes from resources in both languages, and none of it hints where a holder trained.</summary>
public sealed partial class TheTexts
{
    private static readonly ModuleSource Module = new("Certificates");

    [Fact]
    public void Both_languages_have_the_same_texts() =>
        Module.Texts("CertificatesResource.en.resx").Keys.Should().BeEquivalentTo(Module.Texts("CertificatesResource.resx").Keys);

    [Fact]
    public void Every_rule_code_the_module_refuses_with_is_translated()
    {
        var codes = Module.Files("*.cs")
            .SelectMany(text => RuleCode().Matches(text).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        codes.Should().Contain("certificate.revoke.not-valid");
        Module.Texts("CertificatesResource.resx").Keys.Should().Contain([.. codes.Select(code => $"Error.{code}"), $"Error.{PublicText.Refusal}"]);
    }

    [Theory]
    [InlineData("CertificatesResource.resx")]
    [InlineData("CertificatesResource.en.resx")]
    public void No_text_names_a_place_of_custody(string file) =>
        Module.Texts(file).Where(t => CustodyWords.AppearIn(t.Value)).Select(t => t.Key).Should().BeEmpty();

    [GeneratedRegex("""RuleBroken\("([a-z]+\.[a-z.-]+)"?""")]
    private static partial Regex RuleCode();
}
