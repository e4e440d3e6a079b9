using MediatR;
using Training.BuildingBlocks.Security;
using Training.Modules.Certificates.Contracts;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Certificates.Holders;

/// <summary>Answers other modules: the same certificates as <see cref="GetCertificatesOfLearner"/>, once the caller is found to be one who may see them.</summary>
internal sealed class ListHeldCertificatesHandler(IMediator mediator, ICurrentUser user) : IRequestHandler<ListHeldCertificates, IReadOnlyList<CertificateSummary>>
{
    public async Task<IReadOnlyList<CertificateSummary>> Handle(ListHeldCertificates query, CancellationToken cancellationToken) =>
        user.IsInRole(Roles.PlatformAdmin) || await mediator.Send(new MayActOnLearner(query.LearnerId), cancellationToken)
            ? await mediator.Send(new GetCertificatesOfLearner(query.LearnerId), cancellationToken)
            : [];
}
