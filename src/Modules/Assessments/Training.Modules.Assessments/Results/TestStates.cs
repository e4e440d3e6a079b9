using Training.Modules.Assessments.Contracts;
using Training.Modules.Assessments.Plans;

namespace Training.Modules.Assessments.Results;

/// <summary>An enrolment's record told as one test state, for staff who follow many learners at once.</summary>
internal static class TestStates
{
    public static TestState Of(AssessmentPlan plan, AssessmentRecord? record)
    {
        var writtenPassed = record?.Written?.PassedWritten == true;
        var attempts = record?.Attempts.Count ?? 0;
        return record?.PassedAt is not null ? TestState.Competent
            : record is { Practical.Count: > 0 } ? TestState.NotYetCompetent
            : plan.Practical && !plan.HasWritten ? TestState.WaitingForPractical
            : plan.Practical && writtenPassed ? TestState.PassedWritten
            : !plan.HasWritten || attempts == 0 ? TestState.NotStarted
            : !writtenPassed && attempts < plan.Settings.MaxAttempts ? TestState.WrittenNotPassed
            : TestState.NotYetCompetent;
    }
}
