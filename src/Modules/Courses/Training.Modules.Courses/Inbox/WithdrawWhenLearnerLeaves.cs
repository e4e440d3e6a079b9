using Marten;
using MediatR;
using Training.Modules.Courses.Cohorts;
using Training.Modules.Courses.Contracts;
using Training.Modules.Courses.Enrollments;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Courses.Inbox;

/// <summary>A learner transferred or released leaves every cohort of the old facility, with that reason.</summary>
internal sealed class WithdrawWhenLearnerLeaves(IDocumentSession session, TimeProvider clock)
    : INotificationHandler<LearnerTransferredIntegrationEvent>, INotificationHandler<LearnerReleasedIntegrationEvent>
{
    public Task Handle(LearnerTransferredIntegrationEvent notification, CancellationToken cancellationToken) =>
        WithdrawAsync(notification.LearnerId, notification.FromFacilityId, WithdrawalReason.Transferred, cancellationToken);

    public Task Handle(LearnerReleasedIntegrationEvent notification, CancellationToken cancellationToken) =>
        WithdrawAsync(notification.LearnerId, notification.FacilityId, WithdrawalReason.Released, cancellationToken);

    private async Task WithdrawAsync(Guid learnerId, Guid facilityId, WithdrawalReason reason, CancellationToken cancellationToken)
    {
        var active = await session.Query<Enrollment>()
            .Where(e => e.LearnerId == learnerId && e.FacilityId == facilityId && e.Active)
            .ToListAsync(cancellationToken);
        foreach (var enrollment in active)
        {
            var stream = await session.Events.FetchForWriting<Cohort>(enrollment.CohortId, cancellationToken);
            if (stream.Aggregate is { Completed: false })
            {
                Seating.Withdraw(session, stream, enrollment.Id, reason, null, Guid.Empty, clock.GetUtcNow());
            }
        }
    }
}
