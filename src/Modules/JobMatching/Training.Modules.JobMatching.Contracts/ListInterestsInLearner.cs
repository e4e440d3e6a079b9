using MediatR;

namespace Training.Modules.JobMatching.Contracts;

/// <summary>
/// Employers' interests in a learner, newest first (e.g. her record for the officer). For the officers of
/// her current facility and herself; empty for anyone else.
/// </summary>
public sealed record ListInterestsInLearner(Guid LearnerId) : IRequest<IReadOnlyList<InterestInLearner>>;

/// <summary>One interest; <paramref name="Status"/> is the name of where it stands (AwaitingReview, AwaitingLearner, Accepted, Hired, ...).</summary>
public sealed record InterestInLearner(Guid InterestId, string OrganizationName, string? JobTitle, string Status, DateTimeOffset SentAt);
