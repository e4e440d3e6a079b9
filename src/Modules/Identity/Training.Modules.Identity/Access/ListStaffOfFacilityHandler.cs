using Marten;
using MediatR;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Accounts;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Access;

/// <summary>Answers other modules: a facility's active staff, for admins and that facility's own staff.</summary>
internal sealed class ListStaffOfFacilityHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<ListStaffOfFacility, IReadOnlyList<StaffMember>>
{
    public async Task<IReadOnlyList<StaffMember>> Handle(ListStaffOfFacility request, CancellationToken cancellationToken)
    {
        if (!user.IsSystem && !user.IsInRole(Roles.PlatformAdmin) && !user.IsStaffOf(request.FacilityId))
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
}
