using Marten;
using MediatR;
using Training.BuildingBlocks;
using Training.BuildingBlocks.Messaging;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Notices;

namespace Training.Modules.Certificates.Scheduling;

/// <summary>
/// Tells the holders of one batch of certificates that end within <see cref="DaysAhead"/> days;
/// answers whether another batch may follow. Each notice is sent once: the certificate records it.
/// </summary>
internal sealed record NoticeExpiringCertificates(DateOnly Today) : ICommand<bool>
{
    public const int DaysAhead = 60;
    public const int Batch = 200;
}

internal sealed class NoticeExpiringCertificatesHandler(IDocumentSession session, TimeProvider clock) : IRequestHandler<NoticeExpiringCertificates, bool>
{
    public async Task<bool> Handle(NoticeExpiringCertificates command, CancellationToken cancellationToken)
    {
        var today = command.Today;
        var horizon = today.AddDays(NoticeExpiringCertificates.DaysAhead);
        var due = await session.Query<Certificate>()
            .Where(c => c.ValidUntil <= horizon && c.ValidUntil >= today && !c.ExpiryNoticeSent && c.Revocation == null && c.SupersededBy == null)
            .Take(NoticeExpiringCertificates.Batch).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var noticed = due.Where(c => c.ExpiryNoticeDue(today, NoticeExpiringCertificates.DaysAhead)).ToList();
        foreach (var certificate in noticed)
        {
            var noticeId = StableGuid.From($"certificate-expiry-notice:{certificate.Id}");
            await session.Events.AppendOptimistic(certificate.Id, cancellationToken, new CertificateExpiryNoticeSent(certificate.Id, noticeId, certificate.ValidUntil!.Value, now));
            session.Store(new Notice(noticeId, certificate.LearnerId, NoticeKind.CertificateExpiresSoon, certificate.Id, certificate.Number,
                certificate.CourseTitle, certificate.ValidUntil.Value, now));
        }

        // Another batch only when this one changed something: a full batch the rule turned down would come back forever.
        return due.Count == NoticeExpiringCertificates.Batch && noticed.Count > 0;
    }
}
