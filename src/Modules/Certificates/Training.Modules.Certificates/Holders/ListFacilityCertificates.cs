using Marten;
using MediatR;
using Training.BuildingBlocks.Security;
using Training.Modules.Certificates.Certificates;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Certificates.Holders;

/// <summary>
/// The certificates of the learners now at the caller's facility, newest first, optionally those
/// whose number or holder name holds <see cref="Search"/>. Empty for anyone who is not its staff.
/// </summary>
internal sealed record ListFacilityCertificates(string? Search = null) : IRequest<IReadOnlyList<CertificateListItem>>;

internal sealed class ListFacilityCertificatesHandler(IQuerySession session, IMediator mediator, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ListFacilityCertificates, IReadOnlyList<CertificateListItem>>
{
    public const int MaxSearchLength = 100;

    public async Task<IReadOnlyList<CertificateListItem>> Handle(ListFacilityCertificates query, CancellationToken cancellationToken)
    {
        if (user.Role is not { } role || !Roles.FacilityStaff.Contains(role) || user.FacilityId is not { } facilityId)
        {
            return [];
        }

        // Identity knows who is at the facility now: a learner transferred in brings their certificates, one transferred out takes them.
        var learners = await mediator.Send(new ListLearnersOfFacility(facilityId), cancellationToken);
        if (learners.Count == 0)
        {
            return [];
        }

        var ids = learners.Select(l => l.LearnerId).ToArray();
        var certificates = await session.Query<Certificate>().Where(c => c.LearnerId.IsOneOf(ids)).ToListAsync(cancellationToken);
        var search = query.Search?.Trim() is { Length: > 0 and <= MaxSearchLength } words ? words : null;
        var today = CertificateCalendar.Today(clock);
        return
        [
            .. certificates
                .Where(c => search is null || c.Number.Contains(search, StringComparison.OrdinalIgnoreCase) || c.HolderName.Contains(search, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Number)
                .Select(c => CertificateListItem.ForStaff(c, today)),
        ];
    }
}
