using Training.BuildingBlocks.Contracts;

namespace Training.Modules.Certificates.Contracts;

/// <summary>
/// A certificate was issued for a passed course version. A reissue (after a name correction) is
/// issued anew and names the certificate it replaces in <see cref="Supersedes"/>.
/// </summary>
public sealed record CertificateIssuedIntegrationEvent(
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
    Guid? Supersedes) : IIntegrationEvent;

/// <summary>
/// A certificate was revoked, or superseded by a reissue: it no longer vouches for its holder. Why stays
/// with Certificates (the fixed reason on its verify page, the officer's note with staff only).
/// </summary>
public sealed record CertificateRevokedIntegrationEvent(Guid CertificateId, Guid LearnerId, DateTimeOffset RevokedAt) : IIntegrationEvent;

/// <summary>A certificate reached the end of its validity period.</summary>
public sealed record CertificateExpiredIntegrationEvent(Guid CertificateId, Guid LearnerId, DateOnly ExpiredOn) : IIntegrationEvent;

/// <summary>A competency unit a certificate vouches for: its SKKNI code when it has one.</summary>
public sealed record CertifiedUnit(string? Code, string Title);
