using Training.BuildingBlocks.Contracts;

namespace Training.Modules.Sample.Contracts;

public sealed record ItemRegisteredIntegrationEvent(Guid ItemId, string Name) : IIntegrationEvent;
