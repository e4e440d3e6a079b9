using Marten;
using MediatR;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.JobMatching.Inbox;

/// <summary>Keeps the organisations Identity verified, so that the module knows them without asking (e.g. its demo posting).</summary>
internal sealed class RememberVerifiedEmployers(IDocumentSession session, TimeProvider clock) : INotificationHandler<EmployerVerifiedIntegrationEvent>
{
    public Task Handle(EmployerVerifiedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        session.Store(new VerifiedEmployer(notification.EmployerId, notification.OrganizationName, clock.GetUtcNow()));
        return Task.CompletedTask;
    }
}

/// <summary>An employer organisation a platform admin verified.</summary>
internal sealed record VerifiedEmployer(Guid Id, string OrganizationName, DateTimeOffset VerifiedAt);
