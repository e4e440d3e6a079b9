using JasperFx.Events;
using Marten;
using Training.Modules.Assessments.Attempts;
using Training.Modules.Assessments.Contracts;
using Training.Modules.Assessments.Plans;
using Training.Modules.Courses.Contracts;

namespace Training.Modules.Assessments.Results;

/// <summary>
/// A unit is Kompeten when its written share meets the pass mark (if there is a written part) and
/// every criterion of its checklist is Ya (if there is a practical part). The course is passed when
/// every unit is Kompeten.
/// </summary>
internal static class Outcomes
{
    public static IReadOnlyList<UnitOutcome> Of(AssessmentPlan plan, CourseVersionInfo course, AssessmentRecord? record) =>
        [.. course.CompetencyUnits.Select(unit =>
        {
            var written = !plan.HasWritten
                || (record?.Written is { } grade && Grading.UnitPasses(grade, unit.UnitId, plan.Settings.PassMarkPercent));
            var practical = !plan.Practical || record?.Practical.FirstOrDefault(p => p.UnitId == unit.UnitId) is { AllMet: true };
            return new UnitOutcome(unit.UnitId, unit.Code, unit.Title, written && practical ? Competence.Competent : Competence.NotYetCompetent);
        })];

    public static bool Passed(IReadOnlyList<UnitOutcome> units) => units.Count > 0 && units.All(u => u.Outcome == Competence.Competent);

    /// <summary>Appends the pass and its integration event the first time the record adds up to one.</summary>
    public static void PublishIfPassed(
        IEventStream<AssessmentRecord> stream, AssessmentRecord updated, AssessmentPlan plan, CourseVersionInfo course, Guid learnerId, DateTimeOffset at)
    {
        var units = Of(plan, course, updated);
        if (updated.PassedAt is null && Passed(units))
        {
            stream.AppendMany(
                new CoursePassed(updated.EnrollmentId, at),
                new CoursePassedIntegrationEvent(updated.EnrollmentId, learnerId, course.CourseId, course.Version, units, updated.Written?.ScorePercent, updated.AssessorId, at));
        }
    }

    public static async Task<AssessmentPlan?> PlanAsync(IQuerySession session, Guid courseId, int version, CancellationToken cancellationToken) =>
        await session.LoadAsync<AssessmentPlan>(AssessmentPlan.IdFor(courseId, version), cancellationToken);
}
