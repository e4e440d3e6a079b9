using Marten;
using MediatR;
using Training.Host.Tests.Probes.Contracts;

namespace Training.Host.Tests.Probes.Flaky;

internal sealed class AcceptProbe(IDocumentSession session) : INotificationHandler<ProbeSentIntegrationEvent>
{
    public Task Handle(ProbeSentIntegrationEvent notification, CancellationToken cancellationToken)
    {
        var attempt = FlakyModule.Attempts.AddOrUpdate(notification.ProbeId, 1, (_, n) => n + 1);
        var healed = FlakyModule.Healed.ContainsKey(notification.ProbeId);
        if (!healed && (notification.AlwaysFail || attempt <= notification.FailuresBeforeSuccess))
        {
            throw new InvalidOperationException($"Flaky consumer refuses probe {notification.ProbeId} on attempt {attempt}");
        }

        session.Store(new FlakyReceipt(notification.ProbeId, attempt));
        return Task.CompletedTask;
    }
}
