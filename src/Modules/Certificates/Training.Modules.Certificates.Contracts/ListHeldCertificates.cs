using MediatR;

namespace Training.Modules.Certificates.Contracts;

/// <summary>
/// A learner's certificates with their status today (e.g. her record for the officer). For the staff of
/// her facility, platform admins and herself; empty for anyone else.
/// </summary>
public sealed record ListHeldCertificates(Guid LearnerId) : IRequest<IReadOnlyList<CertificateSummary>>;
