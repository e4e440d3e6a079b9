using Marten;
using MediatR;
using Training.BuildingBlocks.Security;
using Training.Modules.Identity.Accounts;
using Training.Modules.Identity.Contracts;

namespace Training.Modules.Identity.Employers;

/// <summary>Answers other modules: the employer the signed-in employer user acts for, if any.</summary>
internal sealed class GetMyEmployerHandler(IQuerySession session, ICurrentUser user) : IRequestHandler<GetMyEmployer, EmployerDetails?>
{
    public async Task<EmployerDetails?> Handle(GetMyEmployer request, CancellationToken cancellationToken)
    {
        var account = user.IsInRole(Roles.Employer) && user.Id is { } id ? await session.LoadAsync<Account>(id, cancellationToken) : null;
        return account?.EmployerId is { } employerId ? GetEmployerDetailsHandler.Of(await session.LoadAsync<Employer>(employerId, cancellationToken)) : null;
    }
}
