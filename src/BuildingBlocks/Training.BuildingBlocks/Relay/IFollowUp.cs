using Training.BuildingBlocks.Contracts;

namespace Training.BuildingBlocks.Relay;

/// <summary>
/// A module's own next step, for work that needs the rows a command or a delivery commits (ranking
/// over a search index, for one): appended in the same save as those rows and delivered after the
/// commit by the relay exactly as an integration event is (its own inbox entry, retries, dead letters),
/// to the module's own handler. Internal to the module, so it never lives in Contracts.
/// </summary>
public interface IFollowUp : IIntegrationEvent;
