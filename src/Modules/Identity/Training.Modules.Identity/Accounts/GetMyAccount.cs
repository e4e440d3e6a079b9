using Marten;
using MediatR;
using Training.BuildingBlocks.Errors;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Contracts;
using Training.Modules.Identity.Employers;
using Training.Modules.Identity.Facilities;
using Training.Modules.Identity.Learners;

namespace Training.Modules.Identity.Accounts;

/// <summary>What the "my account" page shows the signed-in person about themselves.</summary>
internal sealed record GetMyAccount : IRequest<MyAccount>;

internal sealed record MyAccount(string DisplayName, string Role, string? Username, string? LearnerNumber, FacilityInfo? Facility, MyEmployer? Employer);

/// <summary>An employer's standing; the reason is the admin's, given only on rejection.</summary>
internal sealed record MyEmployer(string OrganizationName, EmployerVerification Status, string? Reason);

internal sealed class GetMyAccountHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<GetMyAccount, MyAccount>
{
    public async Task<MyAccount> Handle(GetMyAccount query, CancellationToken cancellationToken)
    {
        var id = user.Id ?? throw new NotFound("account", "anonymous");
        if (user.IsInRole(Roles.Learner))
        {
            var learner = await session.LoadAsync<Learner>(id, cancellationToken) ?? throw new NotFound("learner", id);
            return new(learner.FullName, Roles.Learner, null, learner.LearnerNumber, await FacilityAsync(learner.FacilityId, cancellationToken), null);
        }

        var account = await session.LoadAsync<Account>(id, cancellationToken) ?? throw new NotFound("account", id);
        var employer = account.EmployerId is { } employerId ? await session.LoadAsync<Employer>(employerId, cancellationToken) : null;
        return new(
            account.DisplayName,
            account.Role,
            account.Username,
            null,
            account.FacilityId is { } facilityId ? await FacilityAsync(facilityId, cancellationToken) : null,
            employer is null
                ? null
                : new MyEmployer(employer.OrganizationName, employer.Status, employer.Status == EmployerVerification.Rejected ? employer.Reason : null));
    }

    private async Task<FacilityInfo?> FacilityAsync(Guid id, CancellationToken cancellationToken) =>
        await session.LoadAsync<Facility>(id, cancellationToken) is { } facility ? ListFacilitiesHandler.Info(facility) : null;
}
