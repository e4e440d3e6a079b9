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
    public void Real_and_sample_modules_follow_the_page_model_rule() =>
        PageModelRule.Check(RealAndSample).ShouldPass();

    [Fact]
    public void Page_model_rule_catches_a_page_on_aspnet_cores_own_base() =>
        PageModelRule.Check(Rogue).ShouldCatch("Training.Modules.Rogue.Web.GadgetsModel derives from neither FormPageModel nor ReadPageModel");

    [Fact]
    public void Page_model_rule_catches_a_read_only_page_that_handles_posts() =>
        PageModelRule.Check(Rogue).ShouldCatch("Training.Modules.Rogue.Pages.RenameGadgetModel handles posts but is no FormPageModel");

    [Fact]
    public void Real_and_sample_modules_follow_the_module_shape_rule() =>
        ModuleShapeRule.Check(RealAndSample).ShouldPass();

    [Theory]
    [InlineData("Training.Modules.Rogue.Seeding.RogueSeeding is demo data outside Training.Modules.Rogue.Demo")]
    [InlineData("Training.Modules.Rogue.Issuing.IssueWhenGadgetRegistered is an integration-event handler outside Training.Modules.Rogue.Inbox")]
    [InlineData("Training.Modules.Rogue.Expiry.GadgetExpiryJob is a job outside Training.Modules.Rogue.Scheduling")]
    [InlineData("Training.Modules.Rogue.Web.GadgetsModel is a page outside Training.Modules.Rogue.Pages")]
    [InlineData("Training.Modules.Rogue.Web.ErrorTexts holds the module's refusal texts but is not named Training.Modules.Rogue.Web.RogueErrorTexts")]
    public void Module_shape_rule_catches_a_role_in_another_folder(string violation) =>
        ModuleShapeRule.Check(Rogue).ShouldCatch(violation);

    [Fact]
    public void Visibility_rule_catches_a_public_class_named_like_a_job_that_is_no_recurring_job() =>
        VisibilityRule.Check(Rogue).ShouldCatch("Training.Modules.Rogue.GadgetSweepJob is public");

    [Fact]
    public void Real_and_sample_modules_follow_the_query_contracts_rule() =>
        QueryContractsRule.Check(RealAndSample).ShouldPass();

    [Fact]
    public void Query_contracts_rule_catches_a_command_in_contracts() =>
        QueryContractsRule.Check(Rogue).ShouldCatch("Training.Modules.Rogue.Contracts.RetireGadget is a command in contracts");

    [Fact]
    public void Query_contracts_rule_catches_a_query_answered_through_a_writing_session() =>
        QueryContractsRule.Check(Rogue).ShouldCatch(
            "Training.Modules.Rogue.GadgetHandler answers Training.Modules.Rogue.Contracts.CountGadgets and writes through Marten.IDocumentSession");

    [Fact]
    public void Real_and_sample_modules_follow_the_document_schema_rule() =>
        DocumentSchemaRule.Check(RealAndSample).ShouldPass();

    [Fact]
    public void Document_schema_rule_catches_a_document_in_another_modules_schema() =>
        DocumentSchemaRule.Check(Rogue).ShouldCatch("Training.Modules.Rogue.Gadget is stored in schema sample, not rogue");

    [Fact]
    public void Real_and_sample_modules_follow_the_single_request_handler_rule() =>
        SingleRequestHandlerRule.Check(RealAndSample).ShouldPass();

    [Fact]
    public void Single_request_handler_rule_catches_a_handler_answering_two_requests() =>
        SingleRequestHandlerRule.Check(Rogue).ShouldCatch("Training.Modules.Rogue.GadgetHandler answers CountGadgets and RetireGadget");

    [Fact]
    public void Real_and_sample_modules_follow_the_handler_file_rule() =>
        HandlerFileRule.Check(RealAndSample).ShouldPass();

    [Fact]
    public void Handler_file_rule_catches_two_handlers_in_one_file() =>
        HandlerFileRule.Check(Rogue).ShouldCatch(
            "GadgetHandler.cs holds Training.Modules.Rogue.GadgetHandler and Training.Modules.Rogue.RenameGadgetHandler");

    [Fact]
    public void Real_and_sample_modules_follow_the_mediator_publish_rule() =>
        MediatorPublishRule.Check(RealAndSample).ShouldPass();

    [Fact]
    public void Mediator_publish_rule_catches_a_module_publishing_an_integration_event_itself() =>
        MediatorPublishRule.Check(Rogue).ShouldCatch("Training.Modules.Rogue.GadgetAnnouncer publishes through the mediator");

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
            [
                ReferenceRule.Check, ContractsPersistenceRule.Check, VisibilityRule.Check, AggregateMethodRule.Check, EventNameRule.Check,
                PageModelRule.Check, ModuleShapeRule.Check, QueryContractsRule.Check, DocumentSchemaRule.Check, SingleRequestHandlerRule.Check,
                HandlerFileRule.Check, MediatorPublishRule.Check, CommitRule.Check,
            ];

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
