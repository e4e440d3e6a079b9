using MediatR;

namespace Training.BuildingBlocks.Contracts;

/// <summary>
/// A fact one module publishes for the others. Declared in the producer's Contracts,
/// appended to the event store in the same save as the producer's own events, and
/// delivered at least once to each consuming module by the relay.
/// </summary>
public interface IIntegrationEvent : INotification;
