using Training.BuildingBlocks.Errors;
using Training.Modules.Certificates.Contracts;

namespace Training.Modules.Certificates.Certificates;

/// <summary>
/// A certificate as it was issued: what it vouches for, to whom, by which training programme.
/// Revoking, superseding or expiring keeps the record; only its status changes.
/// </summary>
internal sealed record Certificate(
    Guid Id,
    string Number,
    string VerificationCode,
    Guid LearnerId,
    Guid FacilityId,
    string HolderName,
    Guid CourseId,
    int CourseVersion,
    string CourseTitle,
    string SkillCategory,
    decimal Hours,
    IReadOnlyList<CertificateUnit> Units,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    string IssuerName,
    string SubjectSalt,
    Guid? Supersedes,
    Revocation? Revocation,
    Supersession? SupersededBy,
    DateOnly? ExpiredOn,
    bool ExpiryNoticeSent)
{
    public static Certificate Create(CertificateIssued e) => new(
        e.CertificateId, e.Number, e.VerificationCode, e.LearnerId, e.FacilityId, e.HolderName, e.CourseId, e.CourseVersion, e.CourseTitle,
        e.SkillCategory, e.Hours, e.Units, e.IssuedOn, e.ValidUntil, e.IssuerName, e.SubjectSalt, e.Supersedes, null, null, null, false)
    {
        IssuedAt = e.At,
    };

    /// <summary>The moment it was issued: the credential is valid from then, not from a midnight still ahead in some zone.</summary>
    public DateTimeOffset IssuedAt { get; init; }

    public Certificate Apply(CertificateRevoked e) => this with { Revocation = new Revocation(e.Reason, e.By, e.At) };

    public Certificate Apply(CertificateSuperseded e) => this with { SupersededBy = new Supersession(e.ByCertificateId, e.ByNumber, e.ByVerificationCode, e.By, e.At) };

    public Certificate Apply(CertificateExpired e) => this with { ExpiredOn = e.On };

    public Certificate Apply(CertificateExpiryNoticeSent e) => this with { ExpiryNoticeSent = true };

    /// <summary>The status a verifier sees today: revocation and supersession outrank expiry.</summary>
    public CertificateStatus StatusOn(DateOnly today) =>
        Revocation is not null ? CertificateStatus.Revoked
        : SupersededBy is not null ? CertificateStatus.Superseded
        : ExpiredOn is not null || (ValidUntil is { } until && until < today) ? CertificateStatus.Expired
        : CertificateStatus.Valid;

    /// <summary>The code a verifier types: the first competency unit's SKKNI code, else the course's own.</summary>
    public string HumanCode => Units.Select(u => u.Code).FirstOrDefault(c => !string.IsNullOrEmpty(c)) ?? "BKL-" + CourseId.ToString("N")[..8].ToUpperInvariant();

    public CertificateRevoked Revoke(string reason, Guid by, DateTimeOffset at) =>
        Revocation is not null || SupersededBy is not null
            ? throw new RuleBroken("certificate.revoke.not-valid", isConflict: true)
            : new CertificateRevoked(Id, reason, by, at);

    public CertificateExpired Expire(DateOnly today) =>
        StatusOn(today) == CertificateStatus.Expired && ExpiredOn is null
            ? new CertificateExpired(Id, ValidUntil!.Value)
            : throw new RuleBroken("certificate.expire.not-due", isConflict: true);

    /// <summary>The holder is told once, in their inbox, when a valid certificate is <paramref name="ahead"/> from expiring.</summary>
    public bool ExpiryNoticeDue(DateOnly today, int ahead) =>
        !ExpiryNoticeSent && StatusOn(today) == CertificateStatus.Valid && ValidUntil is { } until && until <= today.AddDays(ahead);

    public CertifiedUnit[] CertifiedUnits => [.. Units.Select(u => new CertifiedUnit(u.Code, u.Title))];
}

/// <summary>A unit the holder was found competent in (every unit of a passed course is).</summary>
internal sealed record CertificateUnit(string? Code, string Title, string Outcome);

internal sealed record Revocation(string Reason, Guid By, DateTimeOffset At);

internal sealed record Supersession(Guid CertificateId, string Number, string VerificationCode, Guid By, DateTimeOffset At);

internal sealed record CertificateIssued(
    Guid CertificateId,
    string Number,
    string VerificationCode,
    Guid LearnerId,
    Guid FacilityId,
    string HolderName,
    Guid CourseId,
    int CourseVersion,
    string CourseTitle,
    string SkillCategory,
    decimal Hours,
    IReadOnlyList<CertificateUnit> Units,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    string IssuerName,
    string SubjectSalt,
    Guid? Supersedes,
    Guid By,
    DateTimeOffset At);

internal sealed record CertificateRevoked(Guid CertificateId, string Reason, Guid By, DateTimeOffset At);

internal sealed record CertificateSuperseded(Guid CertificateId, Guid ByCertificateId, string ByNumber, string ByVerificationCode, Guid By, DateTimeOffset At);

internal sealed record CertificateExpired(Guid CertificateId, DateOnly On);

internal sealed record CertificateExpiryNoticeSent(Guid CertificateId, Guid NoticeId, DateOnly ValidUntil, DateTimeOffset At);
