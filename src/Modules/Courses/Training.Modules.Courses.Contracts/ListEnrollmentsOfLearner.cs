using MediatR;

namespace Training.Modules.Courses.Contracts;

/// <summary>Every place a learner holds, active or ended (e.g. her to-do list in other modules).</summary>
public sealed record ListEnrollmentsOfLearner(Guid LearnerId) : IRequest<IReadOnlyList<EnrollmentInfo>>;
