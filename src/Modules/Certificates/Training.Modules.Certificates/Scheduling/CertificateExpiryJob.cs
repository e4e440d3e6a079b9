using MediatR;
using Training.BuildingBlocks.Scheduling;
using Training.Modules.Certificates.Certificates;

namespace Training.Modules.Certificates.Scheduling;

/// <summary>
/// Daily: marks certificates expired on the day after their last valid day, and tells holders 60
/// days ahead, a batch per command. Safe to run twice: each step looks at the certificate's state first.
/// </summary>
public sealed class CertificateExpiryJob(IMediator mediator, TimeProvider clock) : IRecurringJob
{
    public const string Id = "certificates-expiry";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = CertificateCalendar.Today(clock);
        while (await mediator.Send(new ExpireCertificates(today), cancellationToken))
        {
        }

        while (await mediator.Send(new NoticeExpiringCertificates(today), cancellationToken))
        {
        }
    }
}
