using MediatR;

namespace Training.Modules.Certificates.Contracts;

/// <summary>Every certificate a learner holds, valid or not (e.g. for job matching). Empty for an unknown learner.</summary>
public sealed record GetCertificatesOfLearner(Guid LearnerId) : IRequest<IReadOnlyList<CertificateSummary>>;

public sealed record CertificateSummary(
    Guid CertificateId,
    Guid LearnerId,
    string Number,
    Guid CourseId,
    int CourseVersion,
    string CourseTitle,
    string SkillCategory,
    IReadOnlyList<CertifiedUnit> Units,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    CertificateStatus Status);

/// <summary>Only a valid certificate vouches for its holder; a superseded one was replaced by a reissue.</summary>
public enum CertificateStatus
{
    Valid,
    Revoked,
    Expired,
    Superseded,
}
