using Marten;
using MediatR;
using Training.Modules.Certificates.Contracts;
using Training.Modules.JobMatching.Matches;
using Training.Modules.JobMatching.Profiles;
using Training.Modules.JobMatching.Search;

namespace Training.Modules.JobMatching.Inbox;

/// <summary>
/// Verified skills come only from valid certificates: an issued one adds its category and units (and
/// drops the one it supersedes), a revoked, superseded or expired one removes them. The re-ranking of
/// the open postings the change may move is queued in the same save, as a step of its own.
/// </summary>
internal sealed class KeepVerifiedSkills(IDocumentSession session, TimeProvider clock)
    : INotificationHandler<CertificateIssuedIntegrationEvent>,
      INotificationHandler<CertificateRevokedIntegrationEvent>,
      INotificationHandler<CertificateExpiredIntegrationEvent>
{
    public Task Handle(CertificateIssuedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        var today = Months.Today(clock.GetUtcNow());
        var certificate = new HeldCertificate(
            notification.CertificateId, notification.CourseId, notification.CourseTitle, Skills.Category(notification.SkillCategory) ?? notification.SkillCategory,
            notification.Units, notification.IssuedOn, notification.ValidUntil);
        return ChangeAsync(notification.LearnerId, listing => notification.ValidUntil is { } until && until < today
            ? listing.WithoutCertificate(notification.Supersedes ?? Guid.Empty)
            : listing.WithCertificate(certificate, notification.Supersedes), cancellationToken);
    }

    public Task Handle(CertificateRevokedIntegrationEvent notification, CancellationToken cancellationToken) =>
        ChangeAsync(notification.LearnerId, listing => listing.WithoutCertificate(notification.CertificateId), cancellationToken);

    public Task Handle(CertificateExpiredIntegrationEvent notification, CancellationToken cancellationToken) =>
        ChangeAsync(notification.LearnerId, listing => listing.WithoutCertificate(notification.CertificateId), cancellationToken);

    private async Task ChangeAsync(Guid learnerId, Func<GraduateListing, GraduateListing> change, CancellationToken cancellationToken)
    {
        var before = await Listings.FindAsync(session, learnerId, cancellationToken);
        var after = change(before ?? GraduateListing.For(learnerId));
        Listings.Save(session, before, after);
        if (after.Visible)
        {
            Matching.Outdate(session, after.Id, (before?.Covered() ?? []).Concat(after.Covered()));
        }
    }
}
