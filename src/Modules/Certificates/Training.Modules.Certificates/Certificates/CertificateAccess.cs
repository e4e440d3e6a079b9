using Marten;
using MediatR;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Certificates.Certificates;

/// <summary>
/// Who may hold a certificate's documents: its holder, the staff of the holder's facility and
/// platform admins. Who may revoke or reissue it: platform admins and the officers of that
/// facility. Anyone else is told it does not exist.
/// </summary>
internal sealed class CertificateAccess(IQuerySession session, IMediator mediator, ICurrentUser user)
{
    public async Task<Certificate> ReadableAsync(Guid id, CancellationToken cancellationToken)
    {
        var certificate = await session.LoadAsync<Certificate>(id, cancellationToken);
        return certificate is not null && (user.IsInRole(Roles.PlatformAdmin) || await mediator.Send(new MayActOnLearner(certificate.LearnerId), cancellationToken))
            ? certificate
            : throw new NotFound("certificate", id);
    }

    /// <summary>The certificate as its stream was fetched for writing, once the caller is found to manage it.</summary>
    public async Task<Certificate> EnsureManagesAsync(Certificate? certificate, Guid id, CancellationToken cancellationToken)
    {
        var mayManage = certificate is not null && (user.IsInRole(Roles.PlatformAdmin)
            || (user.IsInRole(Roles.FacilityOfficer) && await mediator.Send(new MayActOnLearner(certificate.LearnerId), cancellationToken)));
        return mayManage ? certificate! : throw new NotFound("certificate", id);
    }
}
