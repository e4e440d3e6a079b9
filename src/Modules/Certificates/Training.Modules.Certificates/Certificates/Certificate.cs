using System.Text.Json.Serialization;
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

    public Certificate Apply(CertificateRevoked e) => this with { Revocation = new Revocation(e.Code ?? RevocationReason.Other, e.Note ?? e.Reason, e.By, e.At) };

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

    public CertificateRevoked Revoke(RevocationReason reason, string? note, Guid by, DateTimeOffset at) =>
        Revocation is not null || SupersededBy is not null
            ? throw new RuleBroken("certificate.revoke.not-valid", isConflict: true)
            : new CertificateRevoked(Id, reason, note, by, at);

    /// <summary>Why verifiers are told it no longer vouches: the fixed reason, a reissue being a name correction.</summary>
    public RevocationReason? PublicRevocationReason =>
        Revocation is { } r ? r.PublicReason : SupersededBy is not null ? RevocationReason.NameCorrected : null;

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

/// <summary>
/// A revocation: the reason is public (a fixed code with neutral wording), the officer's note is read
/// only by staff of the holder's facility and admins.
/// </summary>
internal sealed record Revocation(RevocationReason? Code, string? Note, Guid By, DateTimeOffset At)
{
    /// <summary>The free text of a revocation stored before reasons were a fixed list: staff read it as the note.</summary>
    public string? Reason { get; init; }

    /// <summary>What anyone may read; a revocation from before the fixed list is "Other".</summary>
    [JsonIgnore]
    public RevocationReason PublicReason => Code ?? RevocationReason.Other;

    [JsonIgnore]
    public string? StaffNote => Note ?? Reason;
}

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

internal sealed record CertificateRevoked(Guid CertificateId, RevocationReason? Code, string? Note, Guid By, DateTimeOffset At)
{
    /// <summary>The free text an officer wrote before reasons were a fixed list (no <see cref="Code"/> then); internal, like a note.</summary>
    public string? Reason { get; init; }
}

internal sealed record CertificateSuperseded(Guid CertificateId, Guid ByCertificateId, string ByNumber, string ByVerificationCode, Guid By, DateTimeOffset At);

internal sealed record CertificateExpired(Guid CertificateId, DateOnly On);

internal sealed record CertificateExpiryNoticeSent(Guid CertificateId, Guid NoticeId, DateOnly ValidUntil, DateTimeOffset At);
