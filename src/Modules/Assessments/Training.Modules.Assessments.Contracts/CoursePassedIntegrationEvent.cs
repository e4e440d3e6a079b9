using Training.BuildingBlocks.Contracts;

namespace Training.Modules.Assessments.Contracts;

/// <summary>
/// A learner was found competent in every unit of a course version. Published once per enrolment;
/// the Certificates module issues from it.
/// </summary>
public sealed record CoursePassedIntegrationEvent(
    Guid EnrollmentId,
    Guid LearnerId,
    Guid CourseId,
    int CourseVersion,
    IReadOnlyList<UnitOutcome> Units,
    decimal? ScorePercent,
    Guid? AssessorId,
    DateTimeOffset PassedAt) : IIntegrationEvent;

public sealed record UnitOutcome(Guid UnitId, string? Code, string Title, Competence Outcome);

/// <summary>Kompeten (K) or Belum Kompeten (BK).</summary>
public enum Competence
{
    Competent,
    NotYetCompetent,
}
