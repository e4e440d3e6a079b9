using FluentAssertions;

namespace Training.ArchitectureTests;

/// <summary>What a rule saw: how many assemblies, types or methods it examined, and what broke it.</summary>
internal sealed record RuleResult(int Examined, IReadOnlyList<string> Violations);

internal static class RuleResultAssertions
{
    private const string CheckedSomething = "a rule that matches nothing checks nothing";

    public static void ShouldPass(this RuleResult result)
    {
        result.Examined.Should().BePositive(CheckedSomething);
        result.Violations.Should().BeEmpty();
    }

    public static void ShouldCatch(this RuleResult result, string violation)
    {
        result.Examined.Should().BePositive(CheckedSomething);
        result.Violations.Should().Contain(violation);
    }
}
