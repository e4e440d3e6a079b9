using Marten;
using MediatR;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Accounts;

internal sealed class GetStaffMemberHandler(IQuerySession session) : IRequestHandler<GetStaffMember, StaffMember?>
{
    public async Task<StaffMember?> Handle(GetStaffMember request, CancellationToken cancellationToken) =>
        await session.LoadAsync<Account>(request.AccountId, cancellationToken) is { } account && Roles.Staff.Contains(account.Role)
            ? new StaffMember(account.Id, account.DisplayName, account.Role, account.FacilityId, account.Disabled)
            : null;
}
