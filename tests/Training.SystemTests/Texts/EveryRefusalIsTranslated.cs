using System.Text.RegularExpressions;
using FluentAssertions;
using Training.Testing;
using Xunit;

namespace Training.SystemTests.Texts;

/// <summary>
/// What people read comes from resources in both languages: every module's texts exist in Bahasa
/// Indonesia and English alike, and every refusal code a module answers with (its own, and those of
/// the building blocks it uses) has its words, so no page ever shows a bare code.
/// </summary>
public sealed partial class EveryRefusalIsTranslated
{
    public static TheoryData<string> Modules() => [.. ModuleSource.All()];

    [Theory]
    [MemberData(nameof(Modules))]
    public void Both_languages_have_the_same_texts(string module)
    {
        var source = new ModuleSource(module);

        source.Texts($"{module}Resource.en.resx").Keys.Should().BeEquivalentTo(source.Texts($"{module}Resource.resx").Keys);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Every_refusal_code_the_module_answers_with_is_translated(string module)
    {
        var source = new ModuleSource(module);
        var files = source.Files("*.cs").ToList();
        var own = files.SelectMany(text => Codes(ModuleCode(), text));
        var borrowed = BuildingBlockCodes().Where(b => files.Any(f => f.Contains(b.Type + ".", StringComparison.Ordinal))).SelectMany(b => b.Codes);

        var codes = own.Concat(borrowed).Distinct().ToList();

        codes.Should().NotBeEmpty("every module refuses something");
        source.Texts($"{module}Resource.resx").Keys.Should().Contain(codes.Select(code => $"Error.{code}"));
    }

    [Fact]
    public void The_shared_texts_exist_in_both_languages() =>
        ModuleSource.Shared("SharedResource.en.resx").Keys.Should().BeEquivalentTo(ModuleSource.Shared("SharedResource.resx").Keys);

    [Fact]
    public void The_check_finds_codes_raised_in_every_way_a_module_raises_them() =>
        Codes(ModuleCode(), """
            throw new RuleBroken("cohort.enroll.full", isConflict: true);
            RuleFor(x => x.Pin).Matches("^[0-9]{6}$").WithErrorCode("pin.format");
            failures.Add(new("Alias", "graduate.alias-taken"));
            private const string FacilityCookie = "bekal.facility";
            """).Should().Equal("cohort.enroll.full", "pin.format", "graduate.alias-taken");

    [Fact]
    public void The_check_finds_the_codes_a_building_block_names_for_modules() =>
        Codes(BuildingBlockCode(), """
            public const string Refusal = "text.names-custody";
            throw new RuleBroken("image.size");
            private const string Schema = "files.stored";
            """).Should().Equal("text.names-custody", "image.size");

    /// <summary>The codes each building block raises, by the type a module names to use it (e.g. <c>ImageUploads</c>).</summary>
    private static IEnumerable<(string Type, IReadOnlyList<string> Codes)> BuildingBlockCodes() =>
        ModuleSource.BuildingBlocks()
            .Select(file => (Type: Path.GetFileNameWithoutExtension(file), Codes: (IReadOnlyList<string>)[.. Codes(BuildingBlockCode(), File.ReadAllText(file))]))
            .Where(b => b.Codes.Count > 0);

    private static IEnumerable<string> Codes(Regex code, string text) => code.Matches(text).Select(m => m.Groups[1].Value);

    [GeneratedRegex("""(?:RuleBroken\(|WithErrorCode\(|new\("[A-Za-z]+", )"([a-z]+(?:\.[a-z-]+)+)"[,)]""")]
    private static partial Regex ModuleCode();

    // A building block also names its codes as constants (PublicText.Refusal) for modules to refer to.
    [GeneratedRegex("""(?:RuleBroken\(|WithErrorCode\(|new\("[A-Za-z]+", |const string (?:Code|Refusal) = )"([a-z]+(?:\.[a-z-]+)+)"[,;)]""")]
    private static partial Regex BuildingBlockCode();
}
