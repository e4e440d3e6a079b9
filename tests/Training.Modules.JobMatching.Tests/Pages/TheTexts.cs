using System.Text.RegularExpressions;
using FluentAssertions;
using Training.Modules.Courses.Contracts;
using Training.Testing;
using Xunit;

namespace Training.Modules.JobMatching.Tests.Pages;

/// <summary>Every text a page names exists, a missing one would show its key (the system tests hold every refusal code).</summary>
public sealed partial class TheTexts
{
    private static readonly ModuleSource Module = new("JobMatching");

    [Fact]
    public void Every_text_a_page_names_exists()
    {
        var keys = Module.Files("*.cs*").SelectMany(text => NamedText().Matches(text).Select(m => m.Groups[1].Value)).Distinct().ToList();

        keys.Should().Contain("Profile.Title").And.Contain("Waiting.Pending.Text");
        Module.Texts("JobMatchingResource.resx").Keys.Should().Contain(keys);
    }

    [Fact]
    public void Every_status_outcome_skill_and_work_type_has_its_text()
    {
        string[] statuses = ["AwaitingReview", "DeclinedByOfficer", "AwaitingLearner", "DeclinedByLearner", "Accepted", "InterviewArranged", "Hired", "NotHired", "Withdrawn", "Cancelled", "Expired"];
        var expected = statuses.Select(s => $"Status.{s}")
            .Concat(new[] { "InterviewArranged", "Hired", "NotHired", "Withdrawn" }.Select(o => $"Outcome.{o}"))
            .Concat(Enum.GetNames<SkillCategory>().Select(s => $"Skill.{s}"))
            .Concat(new[] { "Employment", "Apprenticeship", "HomeBased", "SelfEmployment" }.Select(w => $"WorkType.{w}"));

        Module.Texts("JobMatchingResource.resx").Keys.Should().Contain(expected);
    }

    [GeneratedRegex("""\b(?:T|text)\["([A-Za-z]+\.[A-Za-z.]+)"[],]""")]
    private static partial Regex NamedText();
}
