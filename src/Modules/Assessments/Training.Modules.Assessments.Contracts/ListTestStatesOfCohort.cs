using MediatR;

namespace Training.Modules.Assessments.Contracts;

/// <summary>
/// Where each learner holding a place in a cohort stands in its test (e.g. the officer's cohort page).
/// For the staff of the cohort's facility; empty for anyone else or when the course has no assessment plan.
/// </summary>
public sealed record ListTestStatesOfCohort(Guid CohortId) : IRequest<IReadOnlyList<LearnerTestState>>;

public sealed record LearnerTestState(Guid EnrollmentId, Guid LearnerId, TestState State);
