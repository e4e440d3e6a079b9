using Marten;
using JasperFx.Events;
using Training.Modules.Courses.Contracts;
using Training.Modules.Courses.Enrollments;

namespace Training.Modules.Courses.Cohorts;

/// <summary>Taking and giving up a seat touch the cohort and the enrollment together, with their integration events.</summary>
internal static class Seating
{
    /// <summary>Returns the cohort as it stands after the seat: the stream's own state is the one it was fetched with.</summary>
    public static (Guid EnrollmentId, Cohort Cohort) Enroll(
        IDocumentSession session, IEventStream<Cohort> stream, Cohort cohort, Guid learnerId, Guid learnerFacilityId, Guid by, DateTimeOffset at)
    {
        var enrolled = cohort.Enroll(learnerId, learnerFacilityId, by, at);
        stream.AppendMany(
            enrolled,
            new LearnerEnrolledIntegrationEvent(enrolled.EnrollmentId, cohort.Id, learnerId, cohort.CourseId, cohort.CourseVersion, cohort.FacilityId));
        session.Events.StartStream<Enrollment>(enrolled.EnrollmentId,
            new EnrollmentStarted(enrolled.EnrollmentId, cohort.Id, learnerId, cohort.CourseId, cohort.CourseVersion, cohort.FacilityId, at));
        return (enrolled.EnrollmentId, cohort.Apply(enrolled));
    }

    public static void Withdraw(IDocumentSession session, IEventStream<Cohort> stream, Guid enrollmentId, WithdrawalReason reason, string? note, Guid by, DateTimeOffset at)
    {
        var cohort = stream.Aggregate!;
        var withdrawn = cohort.Withdraw(enrollmentId, reason, note, by, at);
        stream.AppendMany(withdrawn, new LearnerWithdrawnIntegrationEvent(enrollmentId, cohort.Id, withdrawn.LearnerId, reason));
        session.Events.Append(enrollmentId, new EnrollmentEnded(enrollmentId, at));
    }
}
