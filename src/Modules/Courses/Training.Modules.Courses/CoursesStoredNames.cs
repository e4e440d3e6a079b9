using Training.BuildingBlocks.Storage;
using Training.Modules.Courses.Cohorts;
using Training.Modules.Courses.Contracts;
using Training.Modules.Courses.Courses;
using Training.Modules.Courses.Enrollments;

namespace Training.Modules.Courses;

/// <summary>
/// The names the module's events and documents are stored under (docs/stored-names.md). They are the
/// names Marten derived from the class names before this list existed, so stored data keeps loading;
/// renaming a class leaves its name here unchanged.
/// </summary>
internal static class CoursesStoredNames
{
    public static StoredNames All { get; } = new StoredNames()
        .Event<AttendanceRecorded>("attendance_recorded")
        .Event<CohortCompleted>("cohort_completed")
        .Event<CohortCompletedIntegrationEvent>("cohort_completed_integration_event")
        .Event<CohortOpened>("cohort_opened")
        .Event<CourseDraftRevised>("course_draft_revised")
        .Event<CourseDrafted>("course_drafted")
        .Event<CoursePublished>("course_published")
        .Event<CoursePublishedIntegrationEvent>("course_published_integration_event")
        .Event<CourseRetired>("course_retired")
        .Event<EnrollmentEnded>("enrollment_ended")
        .Event<EnrollmentStarted>("enrollment_started")
        .Event<LearnerEnrolled>("learner_enrolled")
        .Event<LearnerEnrolledIntegrationEvent>("learner_enrolled_integration_event")
        .Event<LearnerWithdrawn>("learner_withdrawn")
        .Event<LearnerWithdrawnIntegrationEvent>("learner_withdrawn_integration_event")
        .Event<LessonCompleted>("lesson_completed")
        .Event<PlaceRequestDeclined>("place_request_declined")
        .Event<PlaceRequested>("place_requested")
        .Document<CatalogEntry>("catalogentry")
        .Document<Cohort>("cohort")
        .Document<Course>("course")
        .Document<CourseVersion>("courseversion")
        .Document<Enrollment>("enrollment");
}
