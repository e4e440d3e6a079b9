using Marten;
using Training.BuildingBlocks;
using Training.BuildingBlocks.Scheduling;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Contracts;
using Training.Modules.Certificates.Notices;

namespace Training.Modules.Certificates.Scheduling;

/// <summary>
/// Daily: marks certificates expired on the day after their last valid day, and tells holders 60
/// days ahead. Safe to run twice: each step looks at the certificate's state first, and appends
/// only if no one else appended to the certificate meanwhile.
/// </summary>
public sealed class CertificateExpiryJob(IDocumentStore store, TimeProvider clock) : IRecurringJob
{
    public const string Id = "certificates-expiry";
    public const int NoticeDaysAhead = 60;
    private const int Batch = 200;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = CertificateCalendar.Today(clock);
        while (await ExpireBatchAsync(today, cancellationToken))
        {
        }

        while (await NoticeBatchAsync(today, cancellationToken))
        {
        }
    }

    private async Task<bool> ExpireBatchAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var due = await session.Query<Certificate>()
            .Where(c => c.ValidUntil < today && c.ExpiredOn == null && c.Revocation == null && c.SupersededBy == null)
            .Take(Batch).ToListAsync(cancellationToken);
        foreach (var certificate in due)
        {
            var expired = certificate.Expire(today);
            await session.Events.AppendOptimistic(certificate.Id, cancellationToken, expired, new CertificateExpiredIntegrationEvent(certificate.Id, certificate.LearnerId, expired.On));
        }

        await session.SaveChangesAsync(cancellationToken);
        return due.Count == Batch;
    }

    private async Task<bool> NoticeBatchAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var horizon = today.AddDays(NoticeDaysAhead);
        var due = await session.Query<Certificate>()
            .Where(c => c.ValidUntil <= horizon && c.ValidUntil >= today && !c.ExpiryNoticeSent && c.Revocation == null && c.SupersededBy == null)
            .Take(Batch).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var noticed = due.Where(c => c.ExpiryNoticeDue(today, NoticeDaysAhead)).ToList();
        foreach (var certificate in noticed)
        {
            var noticeId = StableGuid.From($"certificate-expiry-notice:{certificate.Id}");
            await session.Events.AppendOptimistic(certificate.Id, cancellationToken, new CertificateExpiryNoticeSent(certificate.Id, noticeId, certificate.ValidUntil!.Value, now));
            session.Store(new Notice(noticeId, certificate.LearnerId, NoticeKind.CertificateExpiresSoon, certificate.Id, certificate.Number,
                certificate.CourseTitle, certificate.ValidUntil.Value, now));
        }

        await session.SaveChangesAsync(cancellationToken);

        // Another batch only when this one changed something: a full batch the rule turned down would come back forever.
        return due.Count == Batch && noticed.Count > 0;
    }
}
