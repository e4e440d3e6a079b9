using Marten;
using MediatR;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Employers;

/// <summary>
/// An employer's verified details for other modules. Officers see them to judge an interest in one of
/// their learners, admins to verify; the employer's own user sees its own; the platform itself sees all.
/// </summary>
internal sealed class GetEmployerDetailsHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<GetEmployerDetails, EmployerDetails?>
{
    public async Task<EmployerDetails?> Handle(GetEmployerDetails request, CancellationToken cancellationToken)
    {
        var employer = await session.LoadAsync<Employer>(request.EmployerId, cancellationToken);
        var mayRead = user.IsSystem || user.IsInRole(Roles.PlatformAdmin) || user.IsInRole(Roles.FacilityOfficer)
            || (employer is not null && user.IsInRole(Roles.Employer) && user.Id == employer.AccountId);
        return mayRead ? Of(employer) : null;
    }

    public static EmployerDetails? Of(Employer? e) =>
        e is null ? null : new EmployerDetails(e.Id, e.OrganizationName, e.ContactName, e.Email, e.Phone, e.Status);
}
