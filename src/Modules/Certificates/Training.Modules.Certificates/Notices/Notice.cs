namespace Training.Modules.Certificates.Notices;

/// <summary>A message in a learner's Bekal inbox, e.g. that a certificate expires soon.</summary>
internal sealed record Notice(Guid Id, Guid LearnerId, NoticeKind Kind, Guid CertificateId, string Number, string CourseTitle, DateOnly On, DateTimeOffset At);

internal enum NoticeKind
{
    /// <summary>The certificate expires on <see cref="Notice.On"/>; a new assessment renews the competence.</summary>
    CertificateExpiresSoon,
}
