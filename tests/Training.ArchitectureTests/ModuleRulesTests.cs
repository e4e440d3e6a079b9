using System.Reflection;
using FluentAssertions;
using Training.ArchitectureTests.Rules;
using Xunit;
using Xunit.Sdk;

namespace Training.ArchitectureTests;

public sealed class ModuleRulesTests
{
    private static readonly IReadOnlyList<Assembly> RealAndSample = ModuleAssemblies.RealAndSample;
    private static readonly IReadOnlyList<Assembly> Rogue = ModuleAssemblies.Rogue;

    [Fact]
    public void Real_and_sample_modules_follow_the_reference_rule() =>
        ReferenceRule.Check(RealAndSample).ShouldPass();

    [Fact]
    public void Reference_rule_catches_a_module_using_another_modules_implementation() =>
        ReferenceRule.Check(Rogue).ShouldCatch("Training.Modules.Rogue must not reference Training.Modules.Sample");

    [Fact]
    public void Reference_rule_catches_a_module_using_the_host() =>
        ReferenceRule.Check(Rogue).ShouldCatch("Training.Modules.Rogue must not reference Training.Host");

    [Fact]
    public void Reference_rule_catches_contracts_using_marten() =>
        ReferenceRule.Check(Rogue).ShouldCatch("Training.Modules.Rogue.Contracts must not reference Marten");

    [Fact]
    public void Real_and_sample_modules_follow_the_contracts_persistence_rule() =>
        ContractsPersistenceRule.Check(RealAndSample).ShouldPass();

    [Fact]
    public void Contracts_persistence_rule_catches_contracts_depending_on_marten() =>
        ContractsPersistenceRule.Check(Rogue).ShouldCatch("Training.Modules.Rogue.Contracts.GadgetStore depends on Marten.StoreOptions");

    [Fact]
    public void Real_and_sample_modules_follow_the_visibility_rule() =>
        VisibilityRule.Check(RealAndSample).ShouldPass();

    [Fact]
    public void Visibility_rule_catches_a_public_type_that_is_neither_entry_point_nor_job() =>
        VisibilityRule.Check(Rogue).ShouldCatch("Training.Modules.Rogue.SampleSpy is public");

    [Fact]
    public void Real_and_sample_modules_follow_the_aggregate_method_rule() =>
        AggregateMethodRule.Check(RealAndSample).ShouldPass();

    [Fact]
    public void Aggregate_method_rule_catches_a_private_apply() =>
        AggregateMethodRule.Check(Rogue).ShouldCatch("Training.Modules.Rogue.Gadget.Apply(GadgetRenamed) is not public");

    [Fact]
    public void Real_and_sample_modules_follow_the_event_name_rule() =>
        EventNameRule.Check(RealAndSample).ShouldPass();

    [Fact]
    public void Event_name_rule_catches_two_modules_with_an_event_of_the_same_name() =>
        EventNameRule.Check([.. RealAndSample, .. Rogue]).ShouldCatch(
            "ItemRegistered names Training.Modules.Rogue.ItemRegistered and Training.Modules.Sample.Items.ItemRegistered");

    [Fact]
    public void Real_and_sample_modules_follow_the_commit_rule() =>
        CommitRule.Check(RealAndSample).ShouldPass();

    [Fact]
    public void Commit_rule_catches_a_module_type_that_saves_its_session_itself() =>
        CommitRule.Check(Rogue).ShouldCatch("Training.Modules.Rogue.GadgetArchive calls SaveChangesAsync");

    [Fact]
    public void Every_rule_fails_when_it_examines_nothing()
    {
        Func<IEnumerable<Assembly>, RuleResult>[] rules =
            [ReferenceRule.Check, ContractsPersistenceRule.Check, VisibilityRule.Check, AggregateMethodRule.Check, EventNameRule.Check, CommitRule.Check];

        foreach (var rule in rules)
        {
            var checkNothing = () => rule([typeof(ModuleRulesTests).Assembly]).ShouldPass();
            checkNothing.Should().Throw<XunitException>();
        }
    }

    [Fact]
    public void Fixture_modules_beside_the_tests_are_never_taken_for_real_modules() =>
        ModuleAssemblies.Real.Should().NotIntersectWith([.. ModuleAssemblies.Sample, .. ModuleAssemblies.Rogue]);
}
