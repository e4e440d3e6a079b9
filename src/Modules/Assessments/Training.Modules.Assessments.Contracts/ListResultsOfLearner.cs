using MediatR;

namespace Training.Modules.Assessments.Contracts;

/// <summary>
/// A learner's results, one per enrolment whose course version has an assessment plan (e.g. her record
/// for the officer). For the staff of her facility and herself; empty for anyone else.
/// </summary>
public sealed record ListResultsOfLearner(Guid LearnerId) : IRequest<IReadOnlyList<EnrollmentResult>>;

public sealed record EnrollmentResult(Guid EnrollmentId, TestState State, decimal? ScorePercent, IReadOnlyList<UnitResult> Units);

/// <summary>One unit's outcome, its written share (right of asked, when graded) and where its practical stands.</summary>
public sealed record UnitResult(string? Code, string Title, Competence Outcome, int? WrittenRight, int? WrittenAsked, PracticalState Practical);

/// <summary>Where a unit's practical stands: none in the plan, waiting for the written part, waiting for an assessor, or checked.</summary>
public enum PracticalState
{
    None,
    AfterWritten,
    Waiting,
    Met,
    NotYetMet,
}

/// <summary>Where a learner stands in a course's test, in the words staff use for it.</summary>
public enum TestState
{
    /// <summary>No written attempt yet.</summary>
    NotStarted,

    /// <summary>A written attempt was made and not passed; attempts are left.</summary>
    WrittenNotPassed,

    /// <summary>The written part is passed; the practical is next.</summary>
    PassedWritten,

    /// <summary>The course has no written part; the practical is next.</summary>
    WaitingForPractical,

    /// <summary>Every unit is Kompeten.</summary>
    Competent,

    /// <summary>A practical found a criterion not met, or no written attempt is left.</summary>
    NotYetCompetent,
}
