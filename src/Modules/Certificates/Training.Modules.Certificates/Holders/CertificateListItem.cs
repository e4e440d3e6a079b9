using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Contracts;

namespace Training.Modules.Certificates.Holders;

/// <summary>One line of a list of certificates, for the holder or the facility's staff.</summary>
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
    CertificateStatus Status)
{
    public static CertificateListItem Of(Certificate c, DateOnly today) =>
        new(c.Id, c.Number, c.VerificationCode, c.LearnerId, c.HolderName, c.CourseTitle, c.CourseVersion, c.IssuedOn, c.ValidUntil, c.StatusOn(today));
}
