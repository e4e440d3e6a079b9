using MediatR;
using Training.Modules.Rogue.Contracts;

namespace Training.Modules.Rogue;

/// <summary>Breaks the rule on purpose: publishes an integration event through the mediator, past every inbox.</summary>
internal sealed class GadgetAnnouncer(IMediator mediator)
{
    public Task AnnounceAsync(Guid gadgetId, CancellationToken cancellationToken) =>
        mediator.Publish(new GadgetRegisteredIntegrationEvent(gadgetId), cancellationToken);
}
