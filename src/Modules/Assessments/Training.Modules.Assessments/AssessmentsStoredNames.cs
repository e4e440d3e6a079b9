using Training.BuildingBlocks.Storage;
using Training.Modules.Assessments.Attempts;
using Training.Modules.Assessments.Contracts;
using Training.Modules.Assessments.Plans;
using Training.Modules.Assessments.Results;

namespace Training.Modules.Assessments;

/// <summary>
/// The names the module's events and documents are stored under (docs/stored-names.md). They are the
/// names Marten derived from the class names before this list existed, so stored data keeps loading;
/// renaming a class leaves its name here unchanged.
/// </summary>
internal static class AssessmentsStoredNames
{
    public static StoredNames All { get; } = new StoredNames()
        .Event<AnswersSaved>("answers_saved")
        .Event<AttemptGraded>("attempt_graded")
        .Event<AttemptOpened>("attempt_opened")
        .Event<AttemptStarted>("attempt_started")
        .Event<CoursePassed>("course_passed")
        .Event<CoursePassedIntegrationEvent>("course_passed_integration_event")
        .Event<PlanDefined>("plan_defined")
        .Event<PracticalRecorded>("practical_recorded")
        .Event<WrittenGraded>("written_graded")
        .Document<AssessmentPlan>("assessmentplan")
        .Document<AssessmentRecord>("assessmentrecord")
        .Document<Attempt>("attempt");
}
