using Marten;
using MediatR;
using Training.BuildingBlocks;
using Training.BuildingBlocks.Time;
using Training.Modules.Assessments.Contracts;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Issuing;
using Training.Modules.Courses.Contracts;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Certificates.Inbox;

/// <summary>
/// One certificate per learner and passed course version. Its id comes from that pair, so a
/// re-delivered event, a second enrolment on the same version or a second relay finds it issued.
/// </summary>
internal sealed class IssueWhenCoursePassed(IDocumentSession session, IMediator mediator, Issuance issuance)
    : INotificationHandler<CoursePassedIntegrationEvent>
{
    public static Guid CertificateIdFor(Guid learnerId, Guid courseId, int version) => StableGuid.From($"certificate:{learnerId}:{courseId}:{version}");

    public async Task Handle(CoursePassedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        var id = CertificateIdFor(notification.LearnerId, notification.CourseId, notification.CourseVersion);
        if (await session.Events.FetchStreamStateAsync(id, cancellationToken) is not null)
        {
            return;
        }

        // Missing facts are a failure to retry (and, if they stay missing, a dead letter to look at), never a blank certificate.
        var learner = await mediator.Send(new GetLearnerSummary(notification.LearnerId), cancellationToken)
            ?? throw new InvalidOperationException($"Learner {notification.LearnerId} is unknown");
        var course = await mediator.Send(new GetCourseVersion(notification.CourseId, notification.CourseVersion), cancellationToken)
            ?? throw new InvalidOperationException($"Course {notification.CourseId} v{notification.CourseVersion} is unknown");
        var facility = await mediator.Send(new GetFacility(learner.FacilityId), cancellationToken);
        // The day it was where the learner lives: a pass at 23:30 WIB on 31 December belongs to that year.
        var issuedOn = FacilityTime.Day(notification.PassedAt, facility?.TimeZone);
        var units = notification.Units.Select(u => new CertificateUnit(u.Code, u.Title, u.Outcome.ToString())).ToList();

        await issuance.IssueAsync(new CertificateDraft(
            id, learner.LearnerId, learner.FacilityId, learner.FullName, course.CourseId, course.Version, course.Title, course.Category.ToString(),
            course.ExpectedHours, units, issuedOn, course.CertificateValidityMonths is { } months ? issuedOn.AddMonths(months) : null, null),
            Guid.Empty, cancellationToken);
    }
}
