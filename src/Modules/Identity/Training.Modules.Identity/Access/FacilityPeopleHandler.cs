using Marten;
using MediatR;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Accounts;
using Training.Modules.Identity.Contracts;
using Training.Modules.Identity.Learners;

namespace Training.Modules.Identity.Access;

internal sealed class FacilityPeopleHandler(IQuerySession session, ICurrentUser user)
    : IRequestHandler<ListStaffOfFacility, IReadOnlyList<StaffMember>>, IRequestHandler<ListLearnersOfFacility, IReadOnlyList<LearnerSummary>>
{
    public async Task<IReadOnlyList<StaffMember>> Handle(ListStaffOfFacility request, CancellationToken cancellationToken)
    {
        if (!user.IsSystem && !user.IsInRole(Roles.PlatformAdmin) && !IsStaffOf(request.FacilityId))
        {
            return [];
        }

        var facilityId = (Guid?)request.FacilityId;
        var accounts = session.Query<Account>().Where(a => a.FacilityId == facilityId && !a.Disabled);
        if (request.Role is { } role)
        {
            accounts = accounts.Where(a => a.Role == role);
        }

        var found = await accounts.OrderBy(a => a.DisplayName).ToListAsync(cancellationToken);
        return [.. found.Select(a => new StaffMember(a.Id, a.DisplayName, a.Role, a.FacilityId, a.Disabled))];
    }

    public async Task<IReadOnlyList<LearnerSummary>> Handle(ListLearnersOfFacility request, CancellationToken cancellationToken)
    {
        if (!user.IsSystem && !IsStaffOf(request.FacilityId))
        {
            return [];
        }

        var learners = await session.Query<Learner>()
            .Where(l => l.FacilityId == request.FacilityId && l.Status == LearnerStatus.Active)
            .OrderBy(l => l.FullName)
            .ToListAsync(cancellationToken);
        return [.. learners.Select(l => new LearnerSummary(l.Id, l.FacilityId, l.LearnerNumber, l.FullName, Released: false))];
    }

    private bool IsStaffOf(Guid facilityId) => user.Role is { } role && Roles.FacilityStaff.Contains(role) && user.FacilityId == facilityId;
}
