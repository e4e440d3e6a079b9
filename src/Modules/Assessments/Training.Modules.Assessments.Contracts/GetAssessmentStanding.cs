using MediatR;

namespace Training.Modules.Assessments.Contracts;

/// <summary>
/// Where a learner stands in the assessment of one of her enrolments, for her own pages in other modules;
/// null when the enrolment is not hers or its course version has no assessment plan.
/// </summary>
public sealed record GetAssessmentStanding(Guid EnrollmentId, Guid LearnerId) : IRequest<AssessmentStanding?>;

/// <summary>
/// What comes next, the attempts of the written part left (of <paramref name="MaxAttempts"/>) and the
/// earliest moment the next may start (null when she may start now), and when the course was passed.
/// </summary>
public sealed record AssessmentStanding(
    Guid EnrollmentId,
    AssessmentStep Next,
    bool HasWritten,
    bool HasPractical,
    int AttemptsLeft,
    int MaxAttempts,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? PassedAt);

public enum AssessmentStep
{
    /// <summary>The written test is hers to take (or to finish, when one is open).</summary>
    WrittenTest,

    /// <summary>The written part is passed (or there is none); an assessor's practical is next.</summary>
    WaitingForPractical,

    /// <summary>The written part is not passed and no attempt is left.</summary>
    NoAttemptsLeft,

    /// <summary>Every unit is Kompeten.</summary>
    Passed,
}
