using Marten;
using MediatR;
using Training.BuildingBlocks.Messaging;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Certificates.Contracts;

namespace Training.Modules.Certificates.Scheduling;

/// <summary>
/// Marks one batch of certificates expired on the day after their last valid day; answers whether a
/// full batch was due (so that another may follow). Appends only if no one else appended to the
/// certificate meanwhile; a lost race is tried again and finds the certificate's new state.
/// </summary>
internal sealed record ExpireCertificates(DateOnly Today) : ICommand<bool>
{
    public const int Batch = 200;
}

internal sealed class ExpireCertificatesHandler(IDocumentSession session) : IRequestHandler<ExpireCertificates, bool>
{
    public async Task<bool> Handle(ExpireCertificates command, CancellationToken cancellationToken)
    {
        var today = command.Today;
        var due = await session.Query<Certificate>()
            .Where(c => c.ValidUntil < today && c.ExpiredOn == null && c.Revocation == null && c.SupersededBy == null)
            .Take(ExpireCertificates.Batch).ToListAsync(cancellationToken);
        foreach (var certificate in due)
        {
            var expired = certificate.Expire(today);
            await session.Events.AppendOptimistic(certificate.Id, cancellationToken, expired, new CertificateExpiredIntegrationEvent(certificate.Id, certificate.LearnerId, expired.On));
        }

        return due.Count == ExpireCertificates.Batch;
    }
}
