using System.Text.RegularExpressions;
using System.Xml.Linq;
using FluentAssertions;
using Training.Modules.Courses.Contracts;
using Xunit;

namespace Training.Modules.JobMatching.Tests.Pages;

/// <summary>What people read comes from resources in both languages; a missing text would show its key.</summary>
public sealed partial class TheTexts
{
    private static readonly string Module = Path.Combine(Root(), "src", "Modules", "JobMatching", "Training.Modules.JobMatching");

    [Fact]
    public void Both_languages_have_the_same_texts() =>
        Texts("JobMatchingResource.en.resx").Keys.Should().BeEquivalentTo(Texts("JobMatchingResource.resx").Keys);

    [Fact]
    public void Every_rule_code_the_module_refuses_with_is_translated()
    {
        var codes = Sources("*.cs").SelectMany(text => RuleCode().Matches(text).Select(m => m.Groups[1].Value)).Distinct().ToList();

        codes.Should().Contain("graduate.alias-taken").And.Contain("graduate.alias.holds-name");
        Texts("JobMatchingResource.resx").Keys.Should().Contain(codes.Select(code => $"Error.{code}"));
    }

    [Fact]
    public void Every_text_a_page_names_exists()
    {
        var keys = Sources("*.cs*").SelectMany(text => NamedText().Matches(text).Select(m => m.Groups[1].Value)).Distinct().ToList();

        keys.Should().Contain("Profile.Title").And.Contain("Waiting.Pending.Text");
        Texts("JobMatchingResource.resx").Keys.Should().Contain(keys);
    }

    [Fact]
    public void Every_status_outcome_skill_and_work_type_has_its_text()
    {
        string[] statuses = ["AwaitingReview", "DeclinedByOfficer", "AwaitingLearner", "DeclinedByLearner", "Accepted", "InterviewArranged", "Hired", "NotHired", "Withdrawn", "Cancelled", "Expired"];
        var expected = statuses.Select(s => $"Status.{s}")
            .Concat(new[] { "InterviewArranged", "Hired", "NotHired", "Withdrawn" }.Select(o => $"Outcome.{o}"))
            .Concat(Enum.GetNames<SkillCategory>().Select(s => $"Skill.{s}"))
            .Concat(new[] { "Employment", "Apprenticeship", "HomeBased", "SelfEmployment" }.Select(w => $"WorkType.{w}"));

        Texts("JobMatchingResource.resx").Keys.Should().Contain(expected);
    }

    private static IEnumerable<string> Sources(string pattern) =>
        Directory.EnumerateFiles(Module, pattern, SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText);

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

    [GeneratedRegex("""(?:RuleBroken\(|WithErrorCode\()"([a-z]+\.[a-z.-]+)"?""")]
    private static partial Regex RuleCode();

    [GeneratedRegex("""\b(?:T|text)\["([A-Za-z]+\.[A-Za-z.]+)"[],]""")]
    private static partial Regex NamedText();
}
