using Training.BuildingBlocks.Contracts;

namespace Training.Modules.Rogue.Contracts;

public sealed record GadgetRegisteredIntegrationEvent(Guid GadgetId) : IIntegrationEvent;
