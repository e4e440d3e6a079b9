using Training.BuildingBlocks.Contracts;

namespace Training.Modules.Other.Contracts;

public sealed record OtherThingHappenedIntegrationEvent(Guid ThingId) : IIntegrationEvent;
