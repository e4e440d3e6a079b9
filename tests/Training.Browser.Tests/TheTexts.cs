using System.Text.RegularExpressions;
using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.Browser.Tests;

/// <summary>What people read comes from resources in both languages; a missing text would show its key.</summary>
public sealed partial class TheTexts
{
    private static readonly ModuleSource Module = new("Identity");

    [Fact]
    public void Both_languages_have_the_same_identity_texts() =>
        Module.Texts("IdentityResource.en.resx").Keys.Should().BeEquivalentTo(Module.Texts("IdentityResource.resx").Keys);

    [Fact]
    public void Every_rule_code_the_identity_module_refuses_with_is_translated()
    {
        var codes = Module.Files("*.cs")
            .SelectMany(text => RuleCode().Matches(text).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        codes.Should().Contain("learner.number-taken");
        Module.Texts("IdentityResource.resx").Keys.Should().Contain(codes.Select(code => $"Error.{code}"));
    }

    [GeneratedRegex("""(?:RuleBroken\(|new\("[A-Za-z]+", )"([a-z]+\.[a-z.-]+)"?""")]
    private static partial Regex RuleCode();
}
