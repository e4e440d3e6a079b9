using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Contracts;

namespace Training.Modules.Certificates.Holders;

/// <summary>
/// One line of a list of certificates, for the holder or the facility's staff. A revoked one says why
/// (the fixed reason); only the staff's list carries the officer's note.
/// </summary>
internal sealed record CertificateListItem(
    Guid Id,
    string Number,
    string VerificationCode,
    Guid LearnerId,
    string HolderName,
    string CourseTitle,
    int CourseVersion,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    CertificateStatus Status,
    RevocationReason? RevocationReason,
    string? RevocationNote)
{
    public static CertificateListItem Of(Certificate c, DateOnly today) =>
        new(c.Id, c.Number, c.VerificationCode, c.LearnerId, c.HolderName, c.CourseTitle, c.CourseVersion, c.IssuedOn, c.ValidUntil, c.StatusOn(today),
            c.PublicRevocationReason, null);

    /// <summary>The staff's line (staff of the holder's facility and platform admins): with the officer's note.</summary>
    public static CertificateListItem ForStaff(Certificate c, DateOnly today) => Of(c, today) with { RevocationNote = c.Revocation?.StaffNote };
}
