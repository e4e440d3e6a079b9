using MediatR;
using Training.Modules.Other.Contracts;

namespace Training.Modules.Sample.Inbox;

internal sealed class OnOtherThingHappened : INotificationHandler<OtherThingHappenedIntegrationEvent>
{
    public Task Handle(OtherThingHappenedIntegrationEvent notification, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
