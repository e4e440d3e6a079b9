using Marten;

namespace Training.Modules.Rogue.Contracts;

/// <summary>Breaks the rule on purpose: Contracts that depend on Marten.</summary>
public static class GadgetStore
{
    public static void Register(StoreOptions options) =>
        options.Events.AddEventType<GadgetRegisteredIntegrationEvent>();
}
