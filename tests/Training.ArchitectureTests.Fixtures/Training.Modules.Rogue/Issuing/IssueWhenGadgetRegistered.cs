using MediatR;
using Training.Modules.Rogue.Contracts;

namespace Training.Modules.Rogue.Issuing;

/// <summary>Breaks the rule on purpose: an integration-event handler outside Inbox.</summary>
internal sealed class IssueWhenGadgetRegistered : INotificationHandler<GadgetRegisteredIntegrationEvent>
{
    public Task Handle(GadgetRegisteredIntegrationEvent notification, CancellationToken cancellationToken) => Task.CompletedTask;
}
